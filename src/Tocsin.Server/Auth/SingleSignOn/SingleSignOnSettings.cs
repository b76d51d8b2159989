using Tocsin.Core.Principals;

namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary><see cref="SingleSignOnOptions"/> checked at start-up: the secret read, the role map parsed, defaults
/// applied. A setting that cannot work stops the server with a message naming it.</summary>
public sealed record SingleSignOnSettings
{
    /// <summary>The provider's issuer URL.</summary>
    public required string Authority { get; init; }

    /// <summary>Tocsin's client id.</summary>
    public required string ClientId { get; init; }

    /// <summary>Tocsin's client secret, or null for a public client (PKCE alone).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Scopes asked for, <c>openid</c> first.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>The name on the sign-in button.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The user name claim.</summary>
    public required string UsernameClaim { get; init; }

    /// <summary>The roles claim, or null when Tocsin keeps its own roles.</summary>
    public string? RolesClaim { get; init; }

    /// <summary>Provider role value → Tocsin role.</summary>
    public required IReadOnlyDictionary<string, Role> RoleMap { get; init; }

    /// <summary>Unknown people: refused or created.</summary>
    public SingleSignOnProvisioning Provisioning { get; init; }

    /// <summary>Metadata must come over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; init; }

    /// <summary>amr values that count as a second factor.</summary>
    public required IReadOnlySet<string> MultiFactorMethods { get; init; }

    /// <summary>The checked settings of <paramref name="options"/>, or null when single sign-on is off.</summary>
    /// <exception cref="InvalidOperationException">A setting is missing or names no role.</exception>
    public static SingleSignOnSettings? From(SingleSignOnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw new InvalidOperationException($"{SingleSignOnOptions.Section}:ClientId is required when {SingleSignOnOptions.Section}:Authority is set.");
        }

        var roleMap = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var (value, roleName) in options.RoleMap ?? new Dictionary<string, string>())
        {
            var role = RoleNames.Parse(roleName);
            roleMap[value] = role.IsSuccess
                ? role.Value
                : throw new InvalidOperationException($"{SingleSignOnOptions.Section}:RoleMap:{value} names no Tocsin role: '{roleName}'.");
        }

        return new SingleSignOnSettings
        {
            Authority = options.Authority!.Trim(),
            ClientId = options.ClientId.Trim(),
            ClientSecret = ReadSecret(options),
            Scopes = ["openid", .. (options.Scopes ?? ["profile"]).Where(s => !string.IsNullOrWhiteSpace(s) && s != "openid").Distinct(StringComparer.Ordinal)],
            DisplayName = string.IsNullOrWhiteSpace(options.DisplayName) ? "single sign-on" : options.DisplayName.Trim(),
            UsernameClaim = string.IsNullOrWhiteSpace(options.UsernameClaim) ? "preferred_username" : options.UsernameClaim.Trim(),
            RolesClaim = string.IsNullOrWhiteSpace(options.RolesClaim) ? null : options.RolesClaim.Trim(),
            RoleMap = roleMap,
            Provisioning = options.Provisioning,
            RequireHttpsMetadata = options.RequireHttpsMetadata,
            MultiFactorMethods = (options.MultiFactorMethods ?? ["mfa", "otp", "hwk", "swk"]).ToHashSet(StringComparer.Ordinal),
        };
    }

    private static string? ReadSecret(SingleSignOnOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClientSecretFile))
        {
            return string.IsNullOrEmpty(options.ClientSecret) ? null : options.ClientSecret;
        }

        var lines = File.ReadAllLines(options.ClientSecretFile);
        return lines.Length > 0 && lines[0].Trim().Length > 0
            ? lines[0].Trim()
            : throw new InvalidOperationException($"{SingleSignOnOptions.Section}:ClientSecretFile '{options.ClientSecretFile}' is empty.");
    }
}
