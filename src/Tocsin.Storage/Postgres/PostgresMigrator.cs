using Dapper;
using Npgsql;

namespace Tocsin.Storage.Postgres;

/// <summary>Applies the embedded forward-only scripts <c>Postgres/Migrations/NNNN_name.sql</c> in order,
/// each in its own transaction together with its <c>schema_version</c> row (PostgreSQL's DDL is transactional).</summary>
internal sealed class PostgresMigrator(PostgresDatabase database) : ISchemaMigrator
{
    private static readonly MigrationScripts Embedded = new("Tocsin.Storage.Postgres.Migrations.");

    /// <summary>Session advisory lock held while migrating ("TOCSINMG"): nodes starting together queue here,
    /// and each re-reads what is applied once it holds the lock.</summary>
    private const long MigrationLockKey = 0x544F4353494E4D47;

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    bigint NOT NULL PRIMARY KEY,
            name       text   NOT NULL,
            applied_at bigint NOT NULL
        );
        """;

    /// <summary>The embedded scripts, by version.</summary>
    public static IReadOnlyList<(int Version, string Name)> Scripts => Embedded.All;

    /// <summary>Applies pending scripts. Safe to run from several nodes at once.</summary>
    /// <exception cref="InvalidOperationException">The database was migrated by a newer Tocsin.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(CreateVersionTable, cancellationToken: cancellationToken));
            foreach (var (version, name) in Scripts)
            {
                await ApplyAsync(connection, version, name, cancellationToken);
            }

            var newest = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken: cancellationToken));
            if (newest > Embedded.Newest)
            {
                throw Embedded.TooNew(newest);
            }
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    private async Task ApplyAsync(NpgsqlConnection connection, int version, string name, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var applied = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM schema_version WHERE version = @version", new { version = (long)version }, transaction, cancellationToken: cancellationToken));
        if (applied > 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(Embedded.Read(name), transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @now)",
            new { version = (long)version, name, now = database.NowMicros() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
