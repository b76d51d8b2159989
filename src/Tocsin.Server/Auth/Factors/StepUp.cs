using System.Globalization;
using System.Security.Claims;
using Tocsin.Storage;

namespace Tocsin.Server.Auth.Factors;

/// <summary>The rule before approving, rejecting or cancelling a decision or a posture: a principal who must use a
/// second factor must have verified one within <see cref="SecondFactorSettings.StepUpMinutes"/>
/// (<see cref="SessionClaims.SecondFactorAt"/>); otherwise it is asked again.</summary>
public sealed class StepUp(ITocsinStore store, FactorCheck factors, SecondFactorSettings settings, TimeProvider clock)
{
    /// <summary>The problem code of a refusal for a stale second factor.</summary>
    public const string ProblemCode = "step-up-required";

    /// <summary>True when <paramref name="user"/> must verify a second factor again before the action.</summary>
    public async Task<bool> IsNeededAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (IsFresh(user))
        {
            return false;
        }

        var name = user.Identity?.Name;
        var principal = name is null ? null : await store.FindPrincipalAsync(name, cancellationToken);
        return principal is not null && await factors.MustUseAsync(principal, cancellationToken);
    }

    private bool IsFresh(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(SessionClaims.SecondFactorAt), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) <= TimeSpan.FromMinutes(settings.StepUpMinutes);
}
