namespace Tocsin.Core.Webhooks;

/// <summary>When a failed delivery is tried again: exponential backoff with full jitter. After attempt
/// <c>n</c> fails (n from 1), the next one waits a uniformly random time in [0, min(<see cref="MaxDelay"/>,
/// <see cref="BaseDelay"/> × <see cref="Factor"/>^(n−1))]; after <see cref="MaxAttempts"/> failed attempts the
/// delivery is a dead letter. Full jitter spreads the retries of many subscribers failing together.</summary>
public sealed record WebhookBackoff
{
    /// <summary>Upper bound of the first wait (default 2 s).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Growth of the bound per failed attempt (default 2).</summary>
    public double Factor { get; init; } = 2;

    /// <summary>Ceiling of any wait (default 10 min).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts before a dead letter, the first one included (default 8).</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The upper bound of the wait after <paramref name="failedAttempts"/> failures.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="failedAttempts"/> is below 1.</exception>
    public TimeSpan Ceiling(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var bound = BaseDelay.TotalMilliseconds * Math.Pow(Factor, failedAttempts - 1);
        return double.IsFinite(bound) && bound < MaxDelay.TotalMilliseconds ? TimeSpan.FromMilliseconds(bound) : MaxDelay;
    }

    /// <summary>The wait before the next attempt, or null when <paramref name="failedAttempts"/> reached
    /// <see cref="MaxAttempts"/> (dead letter). <paramref name="unitRandom"/> is a draw in [0, 1) from the
    /// caller's random source, so that tests can fix it.</summary>
    public TimeSpan? NextDelay(int failedAttempts, double unitRandom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(unitRandom, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unitRandom, 1);
        return failedAttempts >= MaxAttempts ? null : Ceiling(failedAttempts) * unitRandom;
    }
}
