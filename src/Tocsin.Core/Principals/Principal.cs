namespace Tocsin.Core.Principals;

/// <summary>A person or partner service known to Tocsin. Credentials live apart from it and are
/// never part of this value.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Name">Unique login name (case-sensitive, as typed).</param>
/// <param name="Kind">User or partner.</param>
/// <param name="Roles">Roles held; a partner holds none.</param>
/// <param name="CreatedAt">When it was added (UTC).</param>
public sealed record Principal(Guid Id, string Name, PrincipalKind Kind, IReadOnlyList<Role> Roles, DateTimeOffset CreatedAt)
{
    /// <summary>When an administrator disabled this user (UTC); null while enabled. A disabled user signs in by no path
    /// (password, session, API key, second factor, single sign-on) until enabled again.</summary>
    public DateTimeOffset? DisabledAt { get; init; }

    /// <summary>True when the principal holds <paramref name="role"/>.</summary>
    public bool Has(Role role) => Roles.Contains(role);
}
