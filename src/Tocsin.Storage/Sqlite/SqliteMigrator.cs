using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Tocsin.Storage.Sqlite;

/// <summary>Applies the embedded forward-only scripts <c>Sqlite/Migrations/NNNN_name.sql</c> in order,
/// each in its own transaction together with its <c>schema_version</c> row.</summary>
internal sealed class SqliteMigrator(SqliteDatabase database)
{
    private const string ResourcePrefix = "Tocsin.Storage.Sqlite.Migrations.";

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at INTEGER NOT NULL
        );
        """;

    /// <summary>The embedded scripts, by version.</summary>
    public static IReadOnlyList<(int Version, string Name)> Scripts { get; } = FindScripts();

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
        var known = Scripts.Count == 0 ? 0 : Scripts[^1].Version;
        if (newest > known)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {newest}, newer than this build knows ({known}). Upgrade Tocsin.");
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

        await connection.ExecuteAsync(new CommandDefinition(ReadScript(name), transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @now)",
            new { version, name, now = database.NowMicros() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static List<(int Version, string Name)> FindScripts()
    {
        var scripts = new List<(int, string)>();
        foreach (var resource in typeof(SqliteMigrator).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[ResourcePrefix.Length..];
            var separator = name.IndexOf('_', StringComparison.Ordinal);
            if (separator != 4 || !int.TryParse(name.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{name}' is not named NNNN_name.sql.");
            }

            scripts.Add((version, name));
        }

        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return scripts;
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(SqliteMigrator).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Migration '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
