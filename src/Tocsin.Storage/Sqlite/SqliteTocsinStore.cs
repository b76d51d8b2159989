using Tocsin.Storage.Common;

namespace Tocsin.Storage.Sqlite;

/// <summary>The embedded engine: one SQLite file in WAL mode. Several instances (and processes) may open
/// the same file; writers are serialised by SQLite's write lock, readers never block them.</summary>
public sealed class SqliteTocsinStore : SqlTocsinStore
{
    private readonly SqliteDatabase _database;

    private SqliteTocsinStore(SqliteDatabase database)
        : base(database, new SqliteMigrator(database), new SqliteObjectWriter(database), new SqliteObjectQuery(database),
            SqlitePartnerViewSql.Instance, new SqliteAuditVerification(database).VerifyAsync,
            new SqliteWebhookOutbox(database))
    {
        _database = database;
    }

    /// <summary>Opens (creating the file and its directory when missing) the database at
    /// <paramref name="databasePath"/>, switches it to WAL and applies pending migrations.</summary>
    /// <param name="databasePath">Path of the database file.</param>
    /// <param name="clock">The only clock the store reads (<c>date_added</c>, creation and revocation times).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="InvalidOperationException">The file was migrated by a newer version of Tocsin.</exception>
    public static async Task<SqliteTocsinStore> OpenAsync(string databasePath, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(clock);
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var store = new SqliteTocsinStore(new SqliteDatabase(fullPath, clock));
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>Returns this store's pooled connections so that the file is closed.</summary>
    public override ValueTask DisposeAsync()
    {
        _database.ReleasePool();
        return ValueTask.CompletedTask;
    }
}
