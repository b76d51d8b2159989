namespace Tocsin.Server.Users;

/// <summary>A member of staff as administrators see it: roles (wire spelling), whether it signs in with a password
/// (false: single sign-on or keys only), and its API keys, newest first (never a secret).</summary>
public sealed record UserView(string Name, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, bool HasPassword, IReadOnlyList<UserKeyView> Keys)
{
    /// <summary>When the user was disabled (UTC); null while enabled. A disabled user signs in by no path.</summary>
    public DateTimeOffset? DisabledAt { get; init; }
}
