using Tocsin.Core.Principals;
using Tocsin.Storage;

namespace Tocsin.Server.Auth;

/// <summary>Checks a user name and password the one way every entry point does — HTTP Basic and the browser
/// sign-in form alike: the <see cref="LoginThrottle"/> first (a throttled pair learns nothing, not even from a
/// cached success), then the <see cref="CredentialCache"/>, then the stored PBKDF2 hash; each failure is counted
/// and a success clears the pair.</summary>
public sealed class PasswordCheck(ITocsinStore store, CredentialCache cache, LoginThrottle throttle)
{
    /// <summary>The outcome: the principal, or null with how long the pair must wait when throttled.</summary>
    /// <param name="Principal">The verified principal; null when refused.</param>
    /// <param name="RetryAfter">Set when the (account, address) pair is throttled: the password was not even checked.</param>
    public sealed record Outcome(Principal? Principal, TimeSpan? RetryAfter);

    /// <summary>Verifies <paramref name="password"/> for <paramref name="username"/> from <paramref name="clientAddress"/>.</summary>
    public async Task<Outcome> VerifyAsync(string username, string password, string clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        if (throttle.RetryAfter(username, clientAddress) is { } wait)
        {
            return new Outcome(null, wait);
        }

        var principal = cache.Find(username, password) ?? await VerifyHashAsync(username, password, cancellationToken);
        if (principal is null)
        {
            throttle.RecordFailure(username, clientAddress);
            return new Outcome(null, null);
        }

        throttle.RecordSuccess(username, clientAddress);
        cache.Remember(username, password, principal);
        return new Outcome(principal, null);
    }

    private async Task<Principal?> VerifyHashAsync(string username, string password, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(username, cancellationToken);
        // A disabled user's password is not even checked: it opens nothing until the user is enabled again.
        if (principal is null || principal.DisabledAt is not null || password.Length == 0)
        {
            return null;
        }

        var hash = await store.PasswordHashAsync(principal.Id, cancellationToken);
        return hash is not null && PasswordHasher.Verify(password, hash) ? principal : null;
    }
}
