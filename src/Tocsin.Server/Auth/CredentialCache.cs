using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Auth;

/// <summary>Remembers recently verified credentials for a short time so that PBKDF2 (deliberately slow)
/// runs once per client per minute, not once per request. Entries are keyed by a SHA-256 of the
/// presented credentials, never the credentials themselves, and expire after <see cref="Lifetime"/>;
/// a removed principal or revoked key therefore stops working within that time at the latest.</summary>
/// <remarks>The cache is per process and nothing clears it early, so this bound is the same whichever node (or
/// the CLI) removed the principal or revoked the key: with several nodes, each stops accepting it within
/// <see cref="Lifetime"/> of its own last verification (docs/deployment.md).</remarks>
public sealed class CredentialCache(TimeProvider clock)
{
    /// <summary>How long a verification is trusted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (Principal Principal, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    /// <summary>The principal these credentials were verified for, if still fresh. Role changes also
    /// take effect within <see cref="Lifetime"/>.</summary>
    public Principal? Find(string username, string password)
    {
        var key = KeyOf(username, password);
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > clock.GetUtcNow())
        {
            return entry.Principal;
        }

        _entries.TryRemove(key, out _);
        return null;
    }

    /// <summary>Records a successful verification.</summary>
    public void Remember(string username, string password, Principal principal)
    {
        if (_entries.Count >= MaxEntries)
        {
            // Bounded memory: a flood of distinct valid credentials only costs re-verification.
            _entries.Clear();
        }

        _entries[KeyOf(username, password)] = (principal, clock.GetUtcNow() + Lifetime);
    }

    /// <summary>Forgets everything, e.g. after a credential change.</summary>
    public void Clear() => _entries.Clear();

    private static string KeyOf(string username, string password) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(username + "\0" + password)));
}
