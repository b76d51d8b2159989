using Dapper;
using Microsoft.Data.Sqlite;

namespace Tocsin.Storage.Sqlite;

/// <summary>Applies the embedded forward-only scripts <c>Sqlite/Migrations/NNNN_name.sql</c> in order,
/// each in its own transaction together with its <c>schema_version</c> row.</summary>
internal sealed class SqliteMigrator(SqliteDatabase database) : ISchemaMigrator
{
    private static readonly MigrationScripts Embedded = new("Tocsin.Storage.Sqlite.Migrations.");

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at INTEGER NOT NULL
        );
        """;

    /// <summary>The embedded scripts, by version.</summary>
    public static IReadOnlyList<(int Version, string Name)> Scripts => Embedded.All;

    /// <summary>Switches the file to WAL and applies pending scripts. Safe to run concurrently from
    /// several processes: the write lock serialises them and each re-reads what is applied.</summary>
    /// <exception cref="InvalidOperationException">The database was migrated by a newer Tocsin.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
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

    private async Task ApplyAsync(SqliteConnection connection, int version, string name, CancellationToken cancellationToken)
    {
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var applied = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM schema_version WHERE version = @version", new { version }, transaction, cancellationToken: cancellationToken));
        if (applied > 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(Embedded.Read(name), transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @now)",
            new { version, name, now = database.NowMicros() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
