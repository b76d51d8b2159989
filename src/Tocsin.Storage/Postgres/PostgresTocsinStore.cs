using Tocsin.Storage.Common;

namespace Tocsin.Storage.Postgres;

/// <summary>The engine for scale: one PostgreSQL database shared by several stateless Tocsin nodes. Writers on
/// every node queue on one advisory lock (<see cref="PostgresDatabase.BeginWriteAsync"/>), so
/// <c>date_added</c> and the audit chain stay single lines across nodes; readers never wait for it.</summary>
public sealed class PostgresTocsinStore : SqlTocsinStore
{
    private readonly PostgresDatabase _database;

    private PostgresTocsinStore(PostgresDatabase database)
        : base(database, new PostgresMigrator(database), new PostgresObjectWriter(database), new PostgresObjectQuery(database),
            PostgresPartnerViewSql.Instance,
            (deep, verifySignature, cancellationToken) => PostgresAuditVerification.VerifyAsync(database, deep, verifySignature, cancellationToken),
            new PostgresWebhookOutbox(database))
    {
        _database = database;
    }

    /// <summary>Opens the database named by an Npgsql connection string and applies pending migrations
    /// (several nodes may start together: they queue on the migration lock).</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…;Username=…</c>).</param>
    /// <param name="clock">The only clock the store reads (<c>date_added</c>, creation and revocation times).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="InvalidOperationException">The database was migrated by a newer version of Tocsin.</exception>
    public static async Task<PostgresTocsinStore> OpenAsync(string connectionString, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        var store = new PostgresTocsinStore(new PostgresDatabase(connectionString, clock));
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

    /// <summary>Closes this store's pooled connections.</summary>
    public override ValueTask DisposeAsync() => _database.DisposeAsync();
}
