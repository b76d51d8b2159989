namespace Tocsin.Core.Audit;

/// <summary>The outcome of verifying an audit chain.</summary>
/// <param name="Count">Entries that verified before the first mismatch (all of them when intact).</param>
/// <param name="HeadSequence">The sequence of the last verified entry (0 for an empty log).</param>
/// <param name="HeadHash">The hash of the last verified entry (the genesis hash for an empty log).</param>
/// <param name="CheckpointsMatched">Checkpoints whose hash matched the chain at their sequence.</param>
/// <param name="SignaturesChecked">Checkpoint signatures verified (0 when no verifier was given).</param>
/// <param name="Mismatch">The first mismatch, or null when everything matched.</param>
public sealed record AuditVerification(
    long Count,
    long HeadSequence,
    ReadOnlyMemory<byte> HeadHash,
    int CheckpointsMatched,
    int SignaturesChecked,
    AuditMismatch? Mismatch)
{
    /// <summary>True when the chain, every checkpoint and (when checked) every signature matched.</summary>
    public bool Intact => Mismatch is null;
}
