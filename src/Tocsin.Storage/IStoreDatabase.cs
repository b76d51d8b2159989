using System.Data.Common;
using Tocsin.Core.Audit;

namespace Tocsin.Storage;

/// <summary>What the stores written once for both engines (<c>Common/</c>) need of an engine: its connections,
/// its write transaction (SQLite's <c>BEGIN IMMEDIATE</c>, PostgreSQL's write lock), its audit append inside that
/// transaction, and the store's clock. Everything else an engine does differently stays in its own classes.</summary>
internal interface IStoreDatabase
{
    /// <summary>An open connection with the engine's settings.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Starts a write transaction on <paramref name="connection"/>, holding the engine's write lock.</summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Starts a transaction for a write that appends no audit entry and that no other write reads (TAXII
    /// status receipts): SQLite still takes its one write lock; PostgreSQL needs only a plain transaction.</summary>
    Task<DbTransaction> BeginUnauditedWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Waits, without blocking a thread, for this process's turn to write, and holds it until disposed. SQLite
    /// admits one writer at a time and its own wait for the lock sleeps a thread in growing steps, so the busiest
    /// write paths queue here first; PostgreSQL's writers need no such queue and get a turn at once.</summary>
    Task<IDisposable> QueueToWriteAsync(CancellationToken cancellationToken);

    /// <summary>Starts a read-only transaction whose statements all read one snapshot.</summary>
    Task<DbTransaction> BeginSnapshotReadAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Appends the audit entry of a write inside its transaction, just before it commits.</summary>
    Task AppendAuditAsync(DbConnection connection, DbTransaction transaction, AuditRecord record, long atMicros, CancellationToken cancellationToken);

    /// <summary>The clock now, in microseconds since the Unix epoch.</summary>
    long NowMicros();

    /// <summary>The engine's SQL text where it differs.</summary>
    SqlDialect Dialect { get; }
}
