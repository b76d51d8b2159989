using Tocsin.Core;
using Tocsin.Storage.Postgres;
using Tocsin.Storage.Sqlite;

namespace Tocsin.Storage;

/// <summary>Chooses and opens the storage engine from one setting, so nothing else changes for the user.</summary>
public static class StoreOpener
{
    /// <summary>The file name of the embedded database inside the data directory.</summary>
    public const string DatabaseFileName = "tocsin.db";

    /// <summary>Opens (creating and migrating when needed) the store. <paramref name="database"/> null or
    /// empty means the embedded SQLite file in <paramref name="dataDirectory"/>; <c>sqlite:PATH</c> names
    /// another SQLite file; <c>postgres:KEY=VALUE;…</c>, <c>postgres://…</c> or <c>postgresql://…</c> a PostgreSQL
    /// database (<see cref="PostgresConnectionString"/>). Anything else is refused with <c>unsupported-database</c>,
    /// a malformed PostgreSQL setting with <c>invalid-database</c>.</summary>
    public static async Task<Result<ITocsinStore>> OpenAsync(string? database, string dataDirectory, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        string path;
        if (string.IsNullOrWhiteSpace(database))
        {
            Directory.CreateDirectory(dataDirectory);
            path = Path.Combine(dataDirectory, DatabaseFileName);
        }
        else if (database.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            path = database["sqlite:".Length..];
        }
        else if (PostgresConnectionString.TryParse(database, out var connectionString))
        {
            if (connectionString is null)
            {
                return new Error("invalid-database", $"The PostgreSQL setting '{Redact(database)}' is malformed: use postgres:Host=…;Database=…;Username=… or postgres://user@host:port/database.");
            }

            return await PostgresTocsinStore.OpenAsync(connectionString, clock, cancellationToken);
        }
        else
        {
            return new Error("unsupported-database", $"Unsupported database '{Redact(database)}': use sqlite:PATH, postgres:CONNECTION-STRING, or omit it for the embedded store in the data directory.");
        }

        return await SqliteTocsinStore.OpenAsync(path, clock, cancellationToken);
    }

    /// <summary>Connection strings carry passwords: never echo more than the scheme.</summary>
    private static string Redact(string database)
    {
        var colon = database.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? database[..colon] + ":…" : "…";
    }
}
