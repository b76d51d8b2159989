using Tocsin.Core.Audit;

namespace Tocsin.Storage.Migration;

/// <summary>What a committed copy was checked against: every table's row count on both sides, and the target's
/// audit chain, verified from its own rows, ending where the source's did.</summary>
/// <param name="Tables">Every copied table, in the order copied.</param>
/// <param name="SourceHeadSequence">The last audit entry of the source snapshot (0 for an empty log).</param>
/// <param name="SourceHeadHash">Its hash (the genesis hash for an empty log).</param>
/// <param name="Target">The verification of the target's audit chain and checkpoints.</param>
public sealed record MigrationReport(IReadOnlyList<TableCount> Tables, long SourceHeadSequence, ReadOnlyMemory<byte> SourceHeadHash, AuditVerification Target)
{
    /// <summary>Every table holds as many rows on the target as in the source snapshot.</summary>
    public bool CountsMatch => Tables.All(t => t.Matches);

    /// <summary>The target's chain verifies and its head is the source's head.</summary>
    public bool ChainMatches => Target.Intact && Target.HeadSequence == SourceHeadSequence && Target.HeadHash.Span.SequenceEqual(SourceHeadHash.Span);

    /// <summary>Every check passed.</summary>
    public bool Passed => CountsMatch && ChainMatches;
}
