using System.Collections.Concurrent;

namespace Tocsin.Server.Auth;

/// <summary>Limits password guessing per (account, client address) pair with a growing back-off: the first
/// <see cref="FreeFailures"/> failures cost nothing; each further one makes that pair wait
/// <see cref="FirstDelay"/>, doubling up to <see cref="MaxDelay"/>. While a pair waits, its attempts are
/// answered at once (429 with <c>Retry-After</c>) without checking the password, so guessing costs the
/// attacker time and the server nothing; nothing ever sleeps on the server.</summary>
/// <remarks>Deliberately no account-wide and no address-wide lock: an attacker who knows an approver's
/// name cannot lock the approver out from the approver's own address, and clients behind the same gateway are
/// not refused for someone else's failures. API keys are never counted or refused here: they carry 256
/// random bits and cannot be guessed. A success clears the pair. Figures: docs/security.md.</remarks>
public sealed class LoginThrottle(TimeProvider clock)
{
    /// <summary>Failures of one pair that are not yet delayed.</summary>
    public const int FreeFailures = 5;

    /// <summary>The wait after the first delayed failure.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait, however many failures.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);

    /// <summary>A pair with no failure for this long starts afresh.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    private const int MaxTracked = 100_000;
    private readonly ConcurrentDictionary<(string Account, string Address), Pair> _pairs = new();

    /// <summary>How long this account must wait before trying a password again from this address, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string username, string clientAddress)
    {
        if (!_pairs.TryGetValue((username, clientAddress), out var pair))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        lock (pair)
        {
            return pair.BlockedUntil > now ? pair.BlockedUntil - now : null;
        }
    }

    /// <summary>Counts a failed password for the pair and returns how long it must now wait (null: not yet).</summary>
    public TimeSpan? RecordFailure(string username, string clientAddress)
    {
        var now = clock.GetUtcNow();
        if (_pairs.Count >= MaxTracked)
        {
            Forget(now);
        }

        var pair = _pairs.GetOrAdd((username, clientAddress), _ => new Pair());
        lock (pair)
        {
            if (now - pair.LastFailure > Memory)
            {
                pair.Failures = 0;
            }

            pair.Failures++;
            pair.LastFailure = now;
            if (pair.Failures < FreeFailures)
            {
                return null;
            }

            var doublings = Math.Min(pair.Failures - FreeFailures, 20);
            var delay = TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks << doublings, MaxDelay.Ticks));
            pair.BlockedUntil = now + delay;
            return delay;
        }
    }

    /// <summary>A correct password clears the pair's failures.</summary>
    public void RecordSuccess(string username, string clientAddress) => _pairs.TryRemove((username, clientAddress), out _);

    // Bounded memory under a flood of distinct names: drop pairs past their memory; if that is not enough, start
    // afresh (the flood then costs the attacker its own counts as much as anyone's).
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, pair) in _pairs)
        {
            if (now - pair.LastFailure > Memory)
            {
                _pairs.TryRemove(key, out _);
            }
        }

        if (_pairs.Count >= MaxTracked)
        {
            _pairs.Clear();
        }
    }

    private sealed class Pair
    {
        public int Failures { get; set; }

        public DateTimeOffset LastFailure { get; set; }

        public DateTimeOffset BlockedUntil { get; set; }
    }
}
