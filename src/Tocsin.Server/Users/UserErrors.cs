using Tocsin.Core;

namespace Tocsin.Server.Users;

/// <summary>The refusals of user administration (docs/administration.md).</summary>
public static class UserErrors
{
    /// <summary><c>user-not-found</c>: no member of staff has that name (partners are not users).</summary>
    public static Error NotFound(string name) => new("user-not-found", $"No user is named '{name}'.");

    /// <summary><c>user-roles-required</c>: a member of staff holds at least one role.</summary>
    public static Error RolesRequired() => new("user-roles-required", "Give the user at least one role: analyst, approver, watch-officer or admin.");

    /// <summary><c>last-admin</c>: taking the admin role from the only administrator would leave nobody to administer.</summary>
    public static Error LastAdmin(string name) => new("last-admin", $"'{name}' is the last administrator: make someone else an administrator first.") { Kind = ErrorKind.Conflict };

    /// <summary><c>user-disable-self</c>: an administrator cannot disable their own account (someone else must).</summary>
    public static Error DisableSelf(string name) =>
        new("user-disable-self", $"You cannot disable your own account ('{name}'): another administrator must.") { Kind = ErrorKind.Conflict };

    /// <summary><c>api-key-expiry-invalid</c>: a key's expiry is in the past.</summary>
    public static Error ExpiryInPast() => new("api-key-expiry-invalid", "A key's expiry must be in the future.");
}
