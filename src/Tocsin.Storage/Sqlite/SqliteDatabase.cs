using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Tocsin.Core.Audit;

namespace Tocsin.Storage.Sqlite;

/// <summary>One SQLite database file: opens pooled connections with Tocsin's per-connection settings
/// and reads the injected clock in the store's unit (microseconds since the Unix epoch).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable",
    Justification = "The write queue's SemaphoreSlim never creates its wait handle, so there is nothing to dispose.")]
internal sealed class SqliteDatabase : IStoreDatabase
{
    /// <summary>How long, in seconds, a statement waits for another connection's lock before failing.</summary>
    private const int BusyTimeoutSeconds = 30;

    // journal_mode=WAL is a property of the file, set once at open. The others are per connection:
    // NORMAL is durable in WAL mode except for the last commits before a power loss. busy_timeout is
    // BusyTimeoutSeconds in milliseconds.
    private const string ConnectionPragmas = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";

    private readonly TimeProvider _clock;

    private readonly SemaphoreSlim _writeQueue = new(1, 1);

    // The pool hands back the same native connection (sqlite3 handle) many times; per-connection settings stay with it,
    // so they are set the first time a handle is seen, not at every open (three statements to parse per open).
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    public SqliteDatabase(string databasePath, TimeProvider clock)
    {
        _clock = clock;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    public string ConnectionString { get; }

    private static readonly object Configured = new();

    /// <summary>The clock now, in microseconds since the Unix epoch.</summary>
    public long NowMicros() => DateAddedStamp.FromInstant(_clock.GetUtcNow()).Microseconds;

    /// <summary>An open connection with foreign keys, synchronous NORMAL and a busy timeout set.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection.Handle is { } handle && _configured.TryGetValue(handle, out _))
            {
                return connection;
            }

            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = ConnectionPragmas;
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            if (connection.Handle is { } configured)
            {
                _configured.TryAdd(configured, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public SqlDialect Dialect => SqliteDialect.Instance;

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <inheritdoc />
    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(BeginWrite((SqliteConnection)connection));

    /// <inheritdoc />
    public Task<DbTransaction> BeginUnauditedWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginWriteAsync(connection, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Writers of this process that queue here take SQLite's lock one after the other, each woken as soon as
    /// the previous one is done; without the queue, <c>BEGIN IMMEDIATE</c> under contention blocks a thread-pool thread
    /// in SQLite's busy handler, which polls the lock with sleeps of 1 to 100 ms. Writers that do not queue (rare
    /// paths, other processes) still wait in the busy handler, so the lock itself stays SQLite's.</remarks>
    public async Task<IDisposable> QueueToWriteAsync(CancellationToken cancellationToken)
    {
        await _writeQueue.WaitAsync(cancellationToken);
        return new Turn(_writeQueue);
    }

    /// <inheritdoc />
    /// <remarks>A deferred transaction takes SQLite's read snapshot at its first statement and keeps it (WAL mode).</remarks>
    public Task<DbTransaction> BeginSnapshotReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    /// <inheritdoc />
    public Task AppendAuditAsync(DbConnection connection, DbTransaction transaction, AuditRecord record, long atMicros, CancellationToken cancellationToken) =>
        SqliteAudit.AppendAsync((SqliteConnection)connection, (SqliteTransaction)transaction, record, atMicros, cancellationToken);

    /// <summary>Starts a write transaction with <c>BEGIN IMMEDIATE</c>: writers queue for the one write lock
    /// up front instead of failing when they upgrade from a read.</summary>
    public static SqliteTransaction BeginWrite(SqliteConnection connection) => connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);

    /// <summary>Releases pooled connections to the file (so it can be moved or deleted).</summary>
    public void ReleasePool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public static DateTimeOffset InstantOf(long micros) => new DateAddedStamp(micros).Instant;

    public static string Text(Guid id) => id.ToString("D");

    /// <summary>One writer's turn; released once, however often disposed.</summary>
    private sealed class Turn(SemaphoreSlim queue) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                queue.Release();
            }
        }
    }
}
