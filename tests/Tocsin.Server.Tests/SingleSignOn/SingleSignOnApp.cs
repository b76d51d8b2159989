using Tocsin.Testing.Oidc;

namespace Tocsin.Server.Tests.SingleSignOn;

/// <summary>Tocsin's single sign-on settings against a test provider.</summary>
public static class SingleSignOnApp
{
    /// <summary>The display name on the button.</summary>
    public const string DisplayName = "Test Provider";

    /// <summary>A server signing in through <paramref name="provider"/>: provider roles <c>tocsin-analyst</c>,
    /// <c>tocsin-approver</c> and <c>tocsin-admin</c> map to Tocsin's; <paramref name="extra"/> settings on top.</summary>
    public static TocsinApp Start(OidcTestProvider provider, string provisioning = "LinkExisting", params KeyValuePair<string, string>[] extra) =>
        TocsinApp.WithSettings([.. Settings(provider, provisioning), .. extra]);

    /// <summary>The settings of <see cref="Start"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Settings(OidcTestProvider provider, string provisioning = "LinkExisting") =>
    [
        new("Tocsin:Auth:Oidc:Authority", provider.Authority),
        new("Tocsin:Auth:Oidc:ClientId", OidcTestProvider.ClientId),
        new("Tocsin:Auth:Oidc:ClientSecret", OidcTestProvider.ClientSecret),
        // The test provider speaks plain HTTP on loopback; a real deployment keeps the default (HTTPS required).
        new("Tocsin:Auth:Oidc:RequireHttpsMetadata", "false"),
        new("Tocsin:Auth:Oidc:DisplayName", DisplayName),
        new("Tocsin:Auth:Oidc:RolesClaim", "roles"),
        new("Tocsin:Auth:Oidc:RoleMap:tocsin-analyst", "analyst"),
        new("Tocsin:Auth:Oidc:RoleMap:tocsin-approver", "approver"),
        new("Tocsin:Auth:Oidc:RoleMap:tocsin-admin", "admin"),
        new("Tocsin:Auth:Oidc:Provisioning", provisioning),
    ];
}
