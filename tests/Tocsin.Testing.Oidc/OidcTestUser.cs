namespace Tocsin.Testing.Oidc;

/// <summary>Who the test provider says signed in: it consents automatically for this person.</summary>
/// <param name="Subject">The <c>sub</c> claim.</param>
/// <param name="UserName">The <c>preferred_username</c> claim (omitted when null).</param>
/// <param name="Roles">The <c>roles</c> claim values.</param>
/// <param name="Methods">The <c>amr</c> claim values (RFC 8176).</param>
public sealed record OidcTestUser(string Subject, string? UserName, IReadOnlyList<string> Roles, IReadOnlyList<string> Methods)
{
    /// <summary>A person named <paramref name="userName"/> holding <paramref name="roles"/>, signed in with a password.</summary>
    public static OidcTestUser Named(string userName, params string[] roles) => new("sub-" + userName, userName, roles, ["pwd"]);
}
