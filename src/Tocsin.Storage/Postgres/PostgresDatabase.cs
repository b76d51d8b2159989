using Npgsql;

namespace Tocsin.Storage.Postgres;

/// <summary>One PostgreSQL database shared by every Tocsin node: a pooled data source, the injected clock
/// in the store's unit (microseconds since the Unix epoch), and the write lock all nodes queue on.</summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    /// <summary>The key of the transaction-level advisory lock every write transaction takes first
    /// ("TOCSINWR" as ASCII). Every write appends to the one audit chain, so writes are serialised at its
    /// head anyway; taking that lock first, rather than at the append, also serialises what each write
    /// reads (the last <c>date_added</c> of a collection, the chain head) across nodes without deadlocks:
    /// one lock, always taken first, released by commit or rollback.</summary>
    public const long WriteLockKey = 0x544F4353494E5752;

    private readonly TimeProvider _clock;

    public PostgresDatabase(string connectionString, TimeProvider clock)
    {
        _clock = clock;
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "tocsin";
        DataSource = builder.Build();
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The clock now, in microseconds since the Unix epoch.</summary>
    public long NowMicros() => DateAddedStamp.FromInstant(_clock.GetUtcNow()).Microseconds;

    /// <summary>An open pooled connection.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => DataSource.OpenConnectionAsync(cancellationToken);

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

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
