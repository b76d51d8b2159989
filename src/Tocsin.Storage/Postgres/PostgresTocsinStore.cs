using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage.Plan;
using Tocsin.Storage.Drafts;
using Tocsin.Storage.Audit;
using Tocsin.Storage.Publications;
using Tocsin.Storage.Webhooks;
using Tocsin.Storage.Sharing;
using Tocsin.Storage.Taxii;

using Tocsin.Storage.Common;

namespace Tocsin.Storage.Postgres;

/// <summary>The engine for scale: one PostgreSQL database shared by several stateless Tocsin nodes. Writers on
/// every node queue on one advisory lock (<see cref="PostgresDatabase.BeginWriteAsync"/>), so
/// <c>date_added</c> and the audit chain stay single lines across nodes; readers never wait for it.</summary>
public sealed class PostgresTocsinStore : ITocsinStore
{
    private readonly PostgresDatabase _database;
    private readonly PostgresMigrator _migrator;
    private readonly SqlCollections _collections;
    private readonly PostgresObjectWriter _writer;
    private readonly PostgresObjectQuery _query;
    private readonly SqlObjectHistory _history;
    private readonly SqlPrincipals _principals;
    private readonly SqlApiKeys _apiKeys;

    private PostgresTocsinStore(PostgresDatabase database)
    {
        _database = database;
        _migrator = new PostgresMigrator(database);
        _collections = new SqlCollections(database);
        _writer = new PostgresObjectWriter(database);
        _query = new PostgresObjectQuery(database);
        _history = new SqlObjectHistory(database);
        _principals = new SqlPrincipals(database);
        _apiKeys = new SqlApiKeys(database);
        Publications = new SqlPublications(database);
        Webhooks = new SqlWebhooks(database, new PostgresWebhookOutbox(database));
        Plan = new SqlPlan(database);
        Drafts = new SqlDrafts(database);
        Sharing = new PostgresSharing(database);
        TaxiiStatuses = new PostgresTaxiiStatuses(database);
        Audit = new PostgresAuditStore(database);
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

    /// <inheritdoc />
    public IPublicationStore Publications { get; }

    /// <inheritdoc />
    public IWebhookStore Webhooks { get; }
    public IPlanStore Plan { get; }
    public IDraftStore Drafts { get; }
    public ISharingStore Sharing { get; }
    public ITaxiiStatusStore TaxiiStatuses { get; }

    /// <inheritdoc />
    public IAuditStore Audit { get; }

    /// <inheritdoc />
    public Task MigrateAsync(CancellationToken cancellationToken) => _migrator.MigrateAsync(cancellationToken);

    /// <inheritdoc />
    public Task<Result<Collection>> AddCollectionAsync(string alias, string? title, string? description, CancellationToken cancellationToken) =>
        _collections.AddAsync(alias, title, description, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Collection>> ListCollectionsAsync(CancellationToken cancellationToken) => _collections.ListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<Collection?> FindCollectionAsync(string idOrAlias, CancellationToken cancellationToken) =>
        _collections.FindAsync(idOrAlias, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Unit>> GrantAsync(Guid collectionId, Guid principalId, CollectionRights rights, CancellationToken cancellationToken) =>
        _collections.GrantAsync(collectionId, principalId, rights, cancellationToken);

    /// <inheritdoc />
    public Task<CollectionRights> RightsAsync(Guid collectionId, Guid principalId, CancellationToken cancellationToken) =>
        _collections.RightsAsync(collectionId, principalId, cancellationToken);

    /// <inheritdoc />
    public Task<ImportResult> AddObjectsAsync(Guid collectionId, IReadOnlyList<StixObject> objects, CancellationToken cancellationToken) =>
        _writer.AddAsync(collectionId, objects, cancellationToken);

    /// <inheritdoc />
    public Task<Result<ObjectPage>> QueryObjectsAsync(Guid collectionId, ObjectQuery query, CancellationToken cancellationToken) =>
        _query.QueryAsync(collectionId, query, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteObjectAsync(Guid collectionId, string id, VersionFilter versions, CancellationToken cancellationToken) =>
        _history.DeleteAsync(collectionId, id, versions, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredObject>> HistoryAsync(string id, CancellationToken cancellationToken) =>
        _history.HistoryAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<long> CountObjectsAsync(Guid collectionId, CancellationToken cancellationToken) => _query.CountAsync(collectionId, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Principal>> AddPrincipalAsync(string name, PrincipalKind kind, IReadOnlyList<Role> roles, string? passwordHash, CancellationToken cancellationToken) =>
        _principals.AddAsync(name, kind, roles, passwordHash, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Principal>> ListPrincipalsAsync(CancellationToken cancellationToken) => _principals.ListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<Principal?> FindPrincipalAsync(string name, CancellationToken cancellationToken) => _principals.FindAsync(name, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Unit>> RemovePrincipalAsync(string name, CancellationToken cancellationToken) => _principals.RemoveAsync(name, cancellationToken);

    /// <inheritdoc />
    public Task<string?> PasswordHashAsync(Guid principalId, CancellationToken cancellationToken) =>
        _principals.PasswordHashAsync(principalId, cancellationToken);

    /// <inheritdoc />
    public Task<Result<ApiKeyInfo>> AddApiKeyAsync(Guid principalId, ApiKey key, string? label, CancellationToken cancellationToken) =>
        _apiKeys.AddAsync(principalId, key, label, cancellationToken);

    /// <inheritdoc />
    public Task<Principal?> FindByApiKeyAsync(string presented, CancellationToken cancellationToken) =>
        _apiKeys.FindPrincipalAsync(presented, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Unit>> RevokeApiKeyAsync(string keyId, CancellationToken cancellationToken) => _apiKeys.RevokeAsync(keyId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync(Guid principalId, CancellationToken cancellationToken) =>
        _apiKeys.ListAsync(principalId, cancellationToken);

    /// <summary>Closes this store's pooled connections.</summary>
    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
