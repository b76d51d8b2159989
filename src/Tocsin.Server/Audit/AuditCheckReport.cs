namespace Tocsin.Server.Audit;

/// <summary>The outcome of verifying the audit log (docs/administration.md).</summary>
/// <param name="Intact">True when the chain, every checkpoint and every checkpoint signature matched.</param>
/// <param name="Deep">Whether stored object versions were rechecked too.</param>
/// <param name="EntriesChecked">Entries that verified before the first mismatch (all of them when intact).</param>
/// <param name="HeadSequence">The last verified entry (0 for an empty log).</param>
/// <param name="HeadHash">Its hash, lower-case hex.</param>
/// <param name="CheckpointsMatched">Checkpoints whose hash matched the chain.</param>
/// <param name="SignaturesChecked">Checkpoint signatures that verified during the chain's verification.</param>
/// <param name="Break">The first mismatch, or null.</param>
/// <param name="Checkpoints">Every stored checkpoint with its own status, by sequence.</param>
public sealed record AuditCheckReport(
    bool Intact,
    bool Deep,
    long EntriesChecked,
    long HeadSequence,
    string HeadHash,
    int CheckpointsMatched,
    int SignaturesChecked,
    AuditBreak? Break,
    IReadOnlyList<AuditCheckpointStatus> Checkpoints);
