namespace Tocsin.Core.Plan.Postures;

/// <summary>When an approved posture is in force: from <paramref name="Start"/> (inclusive) to <paramref name="End"/>
/// (exclusive; null for open-ended). Empty when End ≤ Start.</summary>
/// <param name="Posture">The posture.</param>
/// <param name="Start">max(its start, its approval).</param>
/// <param name="End">The first of its end, its cancellation time, the start of a posture that supersedes it.</param>
public sealed record PosturePeriod(Posture Posture, DateTimeOffset Start, DateTimeOffset? End)
{
    /// <summary>True when the posture is in force at <paramref name="at"/>: Start ≤ at &lt; End.</summary>
    public bool Covers(DateTimeOffset at) => Start <= at && (End is null || at < End);
}
