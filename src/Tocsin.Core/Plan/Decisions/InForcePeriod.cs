namespace Tocsin.Core.Plan.Decisions;

/// <summary>When an approved decision is in force: from <paramref name="Start"/> (inclusive) to
/// <paramref name="End"/> (exclusive; null for open-ended). Empty when End ≤ Start.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Start">max(effective time, approval time).</param>
/// <param name="End">The first of its expiry, its cancellation time, the start of a decision that supersedes it.</param>
public sealed record InForcePeriod(Decision Decision, DateTimeOffset Start, DateTimeOffset? End)
{
    /// <summary>True when the decision is in force at <paramref name="at"/>: Start ≤ at &lt; End.</summary>
    public bool Covers(DateTimeOffset at) => Start <= at && (End is null || at < End);

    /// <summary>True when the period holds no instant.</summary>
    public bool IsEmpty => End <= Start;
}
