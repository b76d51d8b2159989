using System.Collections.Concurrent;

namespace Tocsin.Server.Auth;

/// <summary>Rate-limits failed logins per client address and per user name: after
/// <see cref="MaxFailures"/> failures within <see cref="Window"/>, further attempts are refused
/// (429 with Retry-After) until the window has passed — without even checking the password, so
/// guessing costs the attacker time and the server nothing.</summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    /// <summary>Failures allowed per window.</summary>
    public const int MaxFailures = 10;

    /// <summary>The sliding window over which failures are counted.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const int MaxTracked = 100_000;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait, or null when it may try.</summary>
    public TimeSpan? RetryAfter(string clientAddress, string username)
    {
        var now = clock.GetUtcNow();
        var wait = WaitFor("ip:" + clientAddress, now);
        var userWait = WaitFor("user:" + username, now);
        return (wait, userWait) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } b) => b,
            ({ } a, { } b) => a > b ? a : b,
        };
    }

    /// <summary>Counts a failed attempt against the address and the name.</summary>
    public void RecordFailure(string clientAddress, string username)
    {
        if (_failures.Count >= MaxTracked)
        {
            _failures.Clear();
        }

        var now = clock.GetUtcNow();
        Record("ip:" + clientAddress, now);
        Record("user:" + username, now);
    }

    private TimeSpan? WaitFor(string key, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var failures))
        {
            return null;
        }

        lock (failures)
        {
            failures.Prune(now - Window);
            return failures.Count >= MaxFailures ? failures.Oldest + Window - now : null;
        }
    }

    private void Record(string key, DateTimeOffset now)
    {
        var failures = _failures.GetOrAdd(key, _ => new Failures());
        lock (failures)
        {
            failures.Prune(now - Window);
            failures.Add(now);
        }
    }

    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public int Count => _times.Count;

        public DateTimeOffset Oldest => _times.Peek();

        public void Add(DateTimeOffset time) => _times.Enqueue(time);

        public void Prune(DateTimeOffset before)
        {
            while (_times.Count > 0 && _times.Peek() <= before)
            {
                _times.Dequeue();
            }
        }
    }
}
