using System.Data.Common;
using Npgsql;
using Tocsin.Core.Audit;

namespace Tocsin.Storage.Postgres;

/// <summary>One PostgreSQL database shared by every Tocsin node: a pooled data source, the injected clock
/// in the store's unit (microseconds since the Unix epoch), and the write lock all nodes queue on.</summary>
/// <remarks>When the connection string names several hosts (a primary and its streaming replicas,
/// <c>Host=db1,db2,db3</c>), everything runs on the primary except the reads that tolerate replication lag
/// (<see cref="OpenReadAsync"/>), which prefer a standby.</remarks>
internal sealed class PostgresDatabase : IStoreDatabase, IAsyncDisposable
{
    /// <summary>The key of the transaction-level advisory lock every write transaction takes first
    /// ("TOCSINWR" as ASCII). Every write appends to the one audit chain, so writes are serialised at its
    /// head anyway; taking that lock first, rather than at the append, also serialises what each write
    /// reads (the last <c>date_added</c> of a collection, the chain head) across nodes without deadlocks:
    /// one lock, always taken first, released by commit or rollback.</summary>
    public const long WriteLockKey = 0x544F4353494E5752;

    private readonly TimeProvider _clock;
    private readonly NpgsqlDataSource _owned;

    public PostgresDatabase(string connectionString, TimeProvider clock)
    {
        _clock = clock;
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "tocsin";
        // The store runs the same few dozen statements over and over: let Npgsql prepare them on each physical
        // connection after their second use, unless the setting says otherwise, so PostgreSQL parses and plans
        // each once per connection rather than once per request.
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        }
        if (builder.ConnectionStringBuilder.Host?.Contains(',', StringComparison.Ordinal) == true)
        {
            var hosts = builder.BuildMultiHost();
            _owned = hosts;
            DataSource = hosts.WithTargetSession(TargetSessionAttributes.Primary);
            ReadSource = hosts.WithTargetSession(TargetSessionAttributes.PreferStandby);
        }
        else
        {
            _owned = DataSource = ReadSource = builder.Build();
        }
    }

    /// <summary>The primary: every write, and every read that must see the latest commit.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>A standby when there is one, else the primary.</summary>
    private NpgsqlDataSource ReadSource { get; }

    /// <summary>The clock now, in microseconds since the Unix epoch.</summary>
    public long NowMicros() => DateAddedStamp.FromInstant(_clock.GetUtcNow()).Microseconds;

    /// <summary>An open pooled connection.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => DataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>An open pooled connection to a standby when the setting names one (else the primary), for reads
    /// that may lag the primary by the replication delay: pages of objects. Such a read never loses anything:
    /// a standby replays commits in commit order, which is <c>date_added</c> order, so a lagging standby serves
    /// a prefix of what the primary holds and later pages catch up.</summary>
    public ValueTask<NpgsqlConnection> OpenReadAsync(CancellationToken cancellationToken) => ReadSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Runs <paramref name="read"/> on a connection from <see cref="OpenReadAsync"/>; when that was a standby
    /// that has not replayed a migration yet (a table or column it does not know), runs it again on the primary.</summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken) =>
        await ReadAsync(read, current: false, cancellationToken);

    /// <summary>Like <see cref="ReadAsync{T}(Func{NpgsqlConnection, Task{T}}, CancellationToken)"/>, on the primary
    /// when <paramref name="current"/> asks for the latest commit.</summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, bool current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (current)
        {
            await using var primary = await OpenAsync(cancellationToken);
            return await read(primary);
        }

        try
        {
            await using var connection = await OpenReadAsync(cancellationToken);
            return await read(connection);
        }
        catch (PostgresException e) when (!ReferenceEquals(ReadSource, DataSource)
            && e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn)
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await read(connection);
        }
    }

    /// <inheritdoc />
    public SqlDialect Dialect => PostgresDialect.Instance;

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <inheritdoc />
    async Task<DbTransaction> IStoreDatabase.BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await BeginWriteAsync((NpgsqlConnection)connection, cancellationToken);

    /// <inheritdoc />
    public async Task<DbTransaction> BeginUnauditedWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IDisposable> QueueToWriteAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable>(NoQueue.Instance);

    /// <inheritdoc />
    /// <remarks>REPEATABLE READ: under READ COMMITTED each statement would take its own snapshot.</remarks>
    public async Task<DbTransaction> BeginSnapshotReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    /// <inheritdoc />
    public Task AppendAuditAsync(DbConnection connection, DbTransaction transaction, AuditRecord record, long atMicros, CancellationToken cancellationToken) =>
        PostgresAudit.AppendAsync((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, record, atMicros, cancellationToken);

    /// <summary>Starts a write transaction (READ COMMITTED) and waits for the write lock, the counterpart of
    /// SQLite's <c>BEGIN IMMEDIATE</c>: every statement after it sees all writes committed before it, on any node.</summary>
    public static async Task<NpgsqlTransaction> BeginWriteAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
            command.Parameters.AddWithValue("key", WriteLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public static DateTimeOffset InstantOf(long micros) => new DateAddedStamp(micros).Instant;

    public static string Text(Guid id) => id.ToString("D");

    public ValueTask DisposeAsync() => _owned.DisposeAsync();

    /// <summary>PostgreSQL's turn to write: nothing to hold.</summary>
    private sealed class NoQueue : IDisposable
    {
        public static NoQueue Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
