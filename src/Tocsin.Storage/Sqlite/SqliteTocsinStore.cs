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

namespace Tocsin.Storage.Sqlite;

/// <summary>The embedded engine: one SQLite file in WAL mode. Several instances (and processes) may open
/// the same file; writers are serialised by SQLite's write lock, readers never block them.</summary>
public sealed class SqliteTocsinStore : ITocsinStore
{
    private readonly SqliteDatabase _database;
    private readonly SqliteMigrator _migrator;
    private readonly SqlCollections _collections;
    private readonly SqliteObjectWriter _writer;
    private readonly SqliteObjectQuery _query;
    private readonly SqlObjectHistory _history;
    private readonly SqlPrincipals _principals;
    private readonly SqlApiKeys _apiKeys;

    private SqliteTocsinStore(SqliteDatabase database)
    {
        _database = database;
        _migrator = new SqliteMigrator(database);
        _collections = new SqlCollections(database);
        _writer = new SqliteObjectWriter(database);
        _query = new SqliteObjectQuery(database);
        _history = new SqlObjectHistory(database);
        _principals = new SqlPrincipals(database);
        _apiKeys = new SqlApiKeys(database);
        Publications = new SqlPublications(database);
        Webhooks = new SqlWebhooks(database, new SqliteWebhookOutbox(database));
        Plan = new SqlPlan(database);
        Drafts = new SqlDrafts(database);
        Sharing = new SqliteSharing(database);
        TaxiiStatuses = new SqliteTaxiiStatuses(database);
        Audit = new SqliteAuditStore(database);
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

    /// <summary>Returns this store's pooled connections so that the file is closed.</summary>
    public ValueTask DisposeAsync()
    {
        _database.ReleasePool();
        return ValueTask.CompletedTask;
    }
}
