namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>OpenID Connect single sign-on for staff (<c>Tocsin:Auth:Oidc</c>; docs/single-sign-on.md). Off unless
/// <see cref="Authority"/> is set. Tocsin is a confidential client using the authorization code flow with PKCE.</summary>
public sealed record SingleSignOnOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Auth:Oidc";

    /// <summary>The provider's issuer URL; its discovery document is read from <c>/.well-known/openid-configuration</c>
    /// below it. Unset: single sign-on is off.</summary>
    public string? Authority { get; init; }

    /// <summary>Tocsin's client id at the provider.</summary>
    public string? ClientId { get; init; }

    /// <summary>Tocsin's client secret at the provider (prefer <see cref="ClientSecretFile"/>).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>A file holding the client secret (its first line), read at start-up.</summary>
    public string? ClientSecretFile { get; init; }

    /// <summary>Scopes asked for beside <c>openid</c>; <c>profile</c> when unset.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>The provider's name on the sign-in button: "Sign in with {DisplayName}"; "single sign-on" when unset.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The ID token claim holding the Tocsin user name; <c>preferred_username</c> when unset.</summary>
    public string? UsernameClaim { get; init; }

    /// <summary>The ID token claim holding the person's roles at the provider. When set, the provider decides the
    /// Tocsin roles at each sign-in through <see cref="RoleMap"/>; when unset, Tocsin's own roles stay.</summary>
    public string? RolesClaim { get; init; }

    /// <summary>Provider role value → Tocsin role name (<c>analyst</c>, <c>approver</c>, <c>watch-officer</c>,
    /// <c>admin</c>). Values not listed give no role.</summary>
    public IReadOnlyDictionary<string, string>? RoleMap { get; init; }

    /// <summary>Whether a person unknown to Tocsin is refused or created.</summary>
    public SingleSignOnProvisioning Provisioning { get; init; } = SingleSignOnProvisioning.LinkExisting;

    /// <summary>Refuse a provider whose metadata is not served over HTTPS. Only a loopback test provider turns it off.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    /// <summary>RFC 8176 <c>amr</c> values that mean the provider verified a second factor: the session then counts
    /// as having passed one at sign-in time and Tocsin does not ask again. <c>mfa</c>, <c>otp</c>, <c>hwk</c>,
    /// <c>swk</c> when unset.</summary>
    public IReadOnlyList<string>? MultiFactorMethods { get; init; }

    /// <summary>True when single sign-on is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
