namespace Tocsin.Server.Audit;

/// <summary>One signed checkpoint: the entry it covers, that entry's hash, when it was signed (RFC 3339 UTC), whether
/// its signature verifies against the server's published keys, and whether the chain was verified intact up to it.</summary>
public sealed record AuditCheckpointStatus(long Sequence, string Hash, string At, bool SignatureValid, bool ChainReached);
