using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Server.Auth;
using Tocsin.Storage;

namespace Tocsin.Server.Users;

/// <summary>Staff accounts for administrators, used by the API and the pages alike, under the CLI's rules
/// (<c>tocsin user</c>): passwords pass <see cref="PasswordPolicy"/> and are stored as PBKDF2 hashes, API keys are shown
/// once and stored as SHA-256, and the last administrator keeps the admin role. Every change is one store write,
/// audited by the store with the acting principal; a refusal writes nothing. Partners are not users here.</summary>
public sealed class UserAdministration(ITocsinStore store, TimeProvider clock, CredentialCache credentials)
{
    // Two administrators demoting each other at once must not both pass the last-administrator check on one node.
    private static readonly SemaphoreSlim RoleChanges = new(1, 1);

    /// <summary>Every member of staff, by name.</summary>
    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken cancellationToken)
    {
        var views = new List<UserView>();
        foreach (var principal in (await store.ListPrincipalsAsync(cancellationToken)).Where(p => p.Kind == PrincipalKind.User))
        {
            views.Add(await ViewAsync(principal, cancellationToken));
        }

        return views;
    }

    /// <summary>The member of staff named <paramref name="name"/>; <c>user-not-found</c> otherwise.</summary>
    public async Task<Result<UserView>> FindAsync(string name, CancellationToken cancellationToken) =>
        await StaffAsync(name, cancellationToken) is { } principal ? await ViewAsync(principal, cancellationToken) : UserErrors.NotFound(name);

    /// <summary>Creates a user. Refusals: <c>principal-name-invalid</c>, <c>principal-name-taken</c>, <c>unknown-role</c>,
    /// <c>user-roles-required</c>, <c>password-too-short|too-long|too-common</c>.</summary>
    public async Task<Result<UserView>> CreateAsync(NewUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = ParseRoles(user.Roles);
        if (!roles.IsSuccess)
        {
            return roles.Error;
        }

        string? hash = null;
        if (!string.IsNullOrEmpty(user.Password))
        {
            if (PasswordPolicy.Check(user.Password) is { IsSuccess: false } refused)
            {
                return refused.Error;
            }

            hash = PasswordHasher.Hash(user.Password);
        }

        var added = await store.AddPrincipalAsync(user.Name ?? string.Empty, PrincipalKind.User, roles.Value, hash, cancellationToken);
        return added.IsSuccess ? await ViewAsync(added.Value, cancellationToken) : added.Error;
    }

    /// <summary>Replaces a user's roles. Refusals: <c>user-not-found</c>, <c>unknown-role</c>, <c>user-roles-required</c>,
    /// <c>last-admin</c> (409) when the change would leave no administrator.</summary>
    public async Task<Result<UserView>> SetRolesAsync(string name, IReadOnlyList<string>? roleNames, CancellationToken cancellationToken)
    {
        var roles = ParseRoles(roleNames);
        if (!roles.IsSuccess)
        {
            return roles.Error;
        }

        await RoleChanges.WaitAsync(cancellationToken);
        try
        {
            var principals = await store.ListPrincipalsAsync(cancellationToken);
            if (principals.FirstOrDefault(p => p.Kind == PrincipalKind.User && string.Equals(p.Name, name, StringComparison.Ordinal)) is not { } principal)
            {
                return UserErrors.NotFound(name);
            }

            // A disabled administrator administers nothing: only enabled ones keep the deployment administrable.
            var admins = principals.Count(p => p.Kind == PrincipalKind.User && p.Has(Role.Admin) && p.DisabledAt is null);
            if (principal.Has(Role.Admin) && !roles.Value.Contains(Role.Admin) && admins <= 1)
            {
                return UserErrors.LastAdmin(name);
            }

            var set = await store.SetPrincipalRolesAsync(name, roles.Value, cancellationToken);
            return set.IsSuccess ? await ViewAsync(set.Value, cancellationToken) : set.Error;
        }
        finally
        {
            RoleChanges.Release();
        }
    }

    /// <summary>Disables (or enables again) a user, audited. Refusals: <c>user-not-found</c>, <c>user-disable-self</c> (409:
    /// an administrator never disables themselves) and <c>last-admin</c> (409, checked inside the store's transaction).
    /// Credentials this node verified recently are forgotten, so a disabled user's password or key stops at once here
    /// (other nodes within <see cref="CredentialCache.Lifetime"/>); its sessions end on their next request.</summary>
    public async Task<Result<UserView>> SetDisabledAsync(string name, bool disabled, Guid actingPrincipal, CancellationToken cancellationToken)
    {
        if (await StaffAsync(name, cancellationToken) is not { } principal)
        {
            return UserErrors.NotFound(name);
        }

        if (disabled && principal.Id == actingPrincipal)
        {
            return UserErrors.DisableSelf(name);
        }

        var set = await store.SetPrincipalDisabledAsync(name, disabled, cancellationToken);
        if (!set.IsSuccess)
        {
            return set.Error.Code == "principal-not-found" ? UserErrors.NotFound(name) : set.Error;
        }

        credentials.Clear();
        return await ViewAsync(set.Value, cancellationToken);
    }

    /// <summary>Issues an API key for a user, optionally expiring; the key is in the answer and nowhere else.
    /// Refusals: <c>user-not-found</c>, <c>api-key-expiry-invalid</c>.</summary>
    public async Task<Result<IssuedUserKey>> IssueKeyAsync(string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        if (await StaffAsync(name, cancellationToken) is not { } principal)
        {
            return UserErrors.NotFound(name);
        }

        if (expiresAt is { } expiry && expiry <= clock.GetUtcNow())
        {
            return UserErrors.ExpiryInPast();
        }

        var key = ApiKey.Generate();
        var stored = await store.AddApiKeyAsync(principal.Id, key, null, expiresAt, cancellationToken);
        return stored.IsSuccess ? new IssuedUserKey(principal.Name, key.KeyId, key.Plaintext, stored.Value.ExpiresAt) : stored.Error;
    }

    /// <summary>Revokes one of a user's keys. Refusals: <c>user-not-found</c>, <c>api-key-not-found</c> (also for a key
    /// of someone else).</summary>
    public async Task<Result<Unit>> RevokeKeyAsync(string name, string keyId, CancellationToken cancellationToken)
    {
        if (await StaffAsync(name, cancellationToken) is not { } principal)
        {
            return UserErrors.NotFound(name);
        }

        var keys = await store.ListApiKeysAsync(principal.Id, cancellationToken);
        return keys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal))
            ? await store.RevokeApiKeyAsync(keyId, cancellationToken)
            : StoreErrors.ApiKeyNotFound(keyId);
    }

    private async Task<Principal?> StaffAsync(string name, CancellationToken cancellationToken) =>
        await store.FindPrincipalAsync(name, cancellationToken) is { Kind: PrincipalKind.User } principal ? principal : null;

    private async Task<UserView> ViewAsync(Principal principal, CancellationToken cancellationToken)
    {
        var keys = await store.ListApiKeysAsync(principal.Id, cancellationToken);
        return new UserView(principal.Name, [.. principal.Roles.Select(RoleNames.ToName)], principal.CreatedAt,
            await store.PasswordHashAsync(principal.Id, cancellationToken) is not null,
            [.. keys.Select(k => new UserKeyView(k.KeyId, k.CreatedAt, k.RevokedAt, k.ExpiresAt, k.LastUsedAt))])
        {
            DisabledAt = principal.DisabledAt,
        };
    }

    private static Result<IReadOnlyList<Role>> ParseRoles(IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return UserErrors.RolesRequired();
        }

        var roles = new List<Role>();
        foreach (var name in names)
        {
            var role = RoleNames.Parse(name);
            if (!role.IsSuccess)
            {
                return role.Error;
            }

            if (!roles.Contains(role.Value))
            {
                roles.Add(role.Value);
            }
        }

        return Result<IReadOnlyList<Role>>.Success(roles);
    }
}
