using System.Security.Claims;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Auth.SingleSignOn;

/// <summary>What a validated ID token says of the person, read through the configured claim names.</summary>
/// <param name="UserName">The Tocsin user name (<see cref="SingleSignOnOptions.UsernameClaim"/>), or null when absent.</param>
/// <param name="Roles">The Tocsin roles the provider's role values map to; null when no roles claim is configured
/// (Tocsin's own roles then stay).</param>
/// <param name="Methods">The token's <c>amr</c> values, as given.</param>
public sealed record ProviderIdentity(string? UserName, IReadOnlyList<Role>? Roles, IReadOnlyList<string> Methods)
{
    /// <summary>The amr claim of OpenID Connect Core 1.0 section 2.</summary>
    public const string MethodsClaim = "amr";

    /// <summary>Reads <paramref name="token"/> (claims as the token states them, not renamed).</summary>
    public static ProviderIdentity From(ClaimsPrincipal token, SingleSignOnSettings settings)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(settings);
        var name = token.FindFirst(settings.UsernameClaim)?.Value.Trim();
        IReadOnlyList<Role>? roles = settings.RolesClaim is { } claim
            ? [.. token.FindAll(claim).SelectMany(c => settings.RoleMap.TryGetValue(c.Value, out var mapped) ? [mapped] : Array.Empty<Role>()).Distinct().Order()]
            : null;
        var methods = token.FindAll(MethodsClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        return new ProviderIdentity(string.IsNullOrEmpty(name) ? null : name, roles, methods);
    }

    /// <summary>True when the provider says it verified a second factor (one of <paramref name="multiFactorMethods"/>).</summary>
    public bool PassedSecondFactor(IReadOnlyCollection<string> multiFactorMethods) => Methods.Any(multiFactorMethods.Contains);
}
