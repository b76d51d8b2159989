using Tocsin.Core.Audit;

namespace Tocsin.Storage.Audit;

/// <summary>The audit log (docs/audit.md). Entries are appended by the store's own write transactions,
/// one per transaction, never through this interface: here they are only read and verified.</summary>
public interface IAuditStore
{
    /// <summary>Entries with sequence at least <paramref name="fromSequence"/>, in order, at most
    /// <paramref name="limit"/> of them; streamed.</summary>
    IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, int limit, CancellationToken cancellationToken);

    /// <summary>The last entry, or null for an empty log.</summary>
    Task<AuditEntry?> HeadAsync(CancellationToken cancellationToken);

    /// <summary>Stores a signed checkpoint. Checkpoints are written by the server, never by a write of the log itself.</summary>
    Task AddCheckpointAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>Every stored checkpoint, by sequence then time.</summary>
    Task<IReadOnlyList<AuditCheckpoint>> ListCheckpointsAsync(CancellationToken cancellationToken);

    /// <summary>Recomputes the whole chain from the database (streamed, in pages), holds it to every stored
    /// checkpoint and, with <paramref name="deep"/>, also rechecks every stored object version's bytes
    /// against its content hash and against the hash the log recorded for it. Reports the first mismatch.</summary>
    /// <param name="deep">Also recheck object versions (reads every object's bytes: slower).</param>
    /// <param name="verifySignature">Checks checkpoint signatures; null leaves them unchecked.</param>
    /// <param name="cancellationToken">Cancels verification.</param>
    Task<AuditVerification> VerifyAsync(bool deep, Func<byte[], string, bool>? verifySignature, CancellationToken cancellationToken);
}
