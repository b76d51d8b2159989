using Tocsin.Storage.Keys;
using Tocsin.Storage.Factors;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Audit;
using Tocsin.Core.Stix;
using Tocsin.Storage.Plan;
using Tocsin.Storage.Drafts;
using Tocsin.Storage.Audit;
using Tocsin.Storage.Publications;
using Tocsin.Storage.Recipients;
using Tocsin.Storage.Notifications;
using Tocsin.Storage.Webhooks;
using Tocsin.Storage.Classification;
using Tocsin.Storage.Sharing;
using Tocsin.Storage.Taxii;
using Tocsin.Storage.Contributions;
using Tocsin.Storage.Reads;

namespace Tocsin.Storage.Common;

/// <summary>What both engines' stores share: everything written once over <see cref="IStoreDatabase"/>
/// (collections, principals, API keys, history, publications, plan, drafts, webhook subscribers, partner contributions,
/// the flow of partner views). An engine
/// derives from it and supplies the rest: its migrations, its import and page queries, the SQL of partner views, the
/// audit log's verification and the webhook outbox.</summary>
public abstract class SqlTocsinStore : ITocsinStore
{
    private readonly ISchemaMigrator _migrator;
    private readonly IObjectImport _import;
    private readonly IObjectPages _pages;
    private readonly SqlCollections _collections;
    private readonly SqlObjectHistory _history;
    private readonly SqlPrincipals _principals;
    private readonly SqlApiKeys _apiKeys;

    /// <param name="database">The engine's connections, write transaction, audit append and clock.</param>
    /// <param name="migrator">The engine's migrations.</param>
    /// <param name="import">The engine's import path.</param>
    /// <param name="pages">The engine's page queries.</param>
    /// <param name="partnerViews">The engine's SQL of partner views (their flow is shared: <see cref="SqlPartnerViews"/>).</param>
    /// <param name="verifyAudit">The engine's streaming verification of the audit log.</param>
    /// <param name="outbox">The engine's webhook outbox.</param>
    private protected SqlTocsinStore(IStoreDatabase database, ISchemaMigrator migrator, IObjectImport import, IObjectPages pages, IPartnerViewSql partnerViews,
        Func<bool, Func<byte[], string, bool>?, CancellationToken, Task<AuditVerification>> verifyAudit, IWebhookOutbox outbox)
    {
        _migrator = migrator;
        _import = import;
        _pages = pages;
        _collections = new SqlCollections(database);
        _history = new SqlObjectHistory(database);
        _principals = new SqlPrincipals(database);
        _apiKeys = new SqlApiKeys(database);
        Publications = new SqlPublications(database);
        Webhooks = new SqlWebhooks(database, outbox);
        Recipients = new SqlRecipients(database);
        Plan = new SqlPlan(database);
        Postures = new SqlPostures(database);
        Drafts = new SqlDrafts(database);
        Sharing = new SqlSharing(database, new SqlPartnerViews(database, partnerViews));
        Contributions = new SqlContributions(database);
        PartnerCertificates = new SqlPartnerCertificates(database);
        Classification = new SqlClassification(database, partnerViews);
        TearlineRequests = new SqlTearlineRequests(database);
        Notifications = new SqlNotifications(database);
        TaxiiStatuses = new SqlTaxiiStatuses(database);
        Reads = new SqlReadLog(database);
        Search = new SqlSearch(database);
        DataProtectionKeys = new SqlDataProtectionKeys(database);
        SecondFactors = new SqlSecondFactors(database);
        Audit = new SqlAuditStore(database, verifyAudit);
    }

    /// <inheritdoc />
    public IPublicationStore Publications { get; }

    /// <inheritdoc />
    public IWebhookStore Webhooks { get; }

    public IRecipientStore Recipients { get; }

    /// <inheritdoc />
    public ITearlineRequestStore TearlineRequests { get; }

    /// <inheritdoc />
    public INotificationStore Notifications { get; }

    /// <inheritdoc />
    public IReadLogStore Reads { get; }

    /// <inheritdoc />
    public Search.ISearchStore Search { get; }

    /// <inheritdoc />
    public IPlanStore Plan { get; }

    /// <inheritdoc />
    public IPostureStore Postures { get; }

    /// <inheritdoc />
    public IDraftStore Drafts { get; }

    /// <inheritdoc />
    public ISharingStore Sharing { get; }

    /// <inheritdoc />
    public IContributionStore Contributions { get; }

    /// <inheritdoc />
    public IPartnerCertificateStore PartnerCertificates { get; }

    public IClassificationStore Classification { get; }

    /// <inheritdoc />
    public ITaxiiStatusStore TaxiiStatuses { get; }

    /// <inheritdoc />
    public IAuditStore Audit { get; }

    /// <inheritdoc />
    public IDataProtectionKeyStore DataProtectionKeys { get; }

    /// <inheritdoc />
    public ISecondFactorStore SecondFactors { get; }

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
        _import.AddAsync(collectionId, objects, null, cancellationToken);

    /// <inheritdoc />
    public async Task<TaxiiStatus> AddObjectsAsync(Guid collectionId, IReadOnlyList<StixObject> objects, Func<ImportResult, TaxiiStatus> receipt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        TaxiiStatus? status = null;
        await _import.AddAsync(collectionId, objects, result => status = receipt(result), cancellationToken);
        return status ?? throw new InvalidOperationException("The import committed without making its status.");
    }

    /// <inheritdoc />
    public Task<Result<ObjectPage>> QueryObjectsAsync(Guid collectionId, ObjectQuery query, CancellationToken cancellationToken) =>
        _pages.QueryAsync(collectionId, query, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteObjectAsync(Guid collectionId, string id, VersionFilter versions, CancellationToken cancellationToken) =>
        _history.DeleteAsync(collectionId, id, versions, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredObject>> HistoryAsync(string id, CancellationToken cancellationToken) =>
        _history.HistoryAsync(id, cancellationToken);

    /// <inheritdoc />
    public Task<long> CountObjectsAsync(Guid collectionId, CancellationToken cancellationToken) => _pages.CountAsync(collectionId, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Principal>> AddPrincipalAsync(string name, PrincipalKind kind, IReadOnlyList<Role> roles, string? passwordHash, CancellationToken cancellationToken) =>
        _principals.AddAsync(name, kind, roles, passwordHash, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Principal>> ListPrincipalsAsync(CancellationToken cancellationToken) => _principals.ListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<Principal?> FindPrincipalAsync(string name, CancellationToken cancellationToken) => _principals.FindAsync(name, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Principal>> SetPrincipalRolesAsync(string name, IReadOnlyList<Role> roles, CancellationToken cancellationToken) =>
        _principals.SetRolesAsync(name, roles, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Unit>> RemovePrincipalAsync(string name, CancellationToken cancellationToken) => _principals.RemoveAsync(name, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Principal>> SetPrincipalDisabledAsync(string name, bool disabled, CancellationToken cancellationToken) =>
        _principals.SetDisabledAsync(name, disabled, cancellationToken);

    /// <inheritdoc />
    public Task<string?> PasswordHashAsync(Guid principalId, CancellationToken cancellationToken) =>
        _principals.PasswordHashAsync(principalId, cancellationToken);

    /// <inheritdoc />
    public Task<Result<ApiKeyInfo>> AddApiKeyAsync(Guid principalId, ApiKey key, string? label, CancellationToken cancellationToken) =>
        _apiKeys.AddAsync(principalId, key, label, null, cancellationToken);

    /// <inheritdoc />
    public Task<Result<ApiKeyInfo>> AddApiKeyAsync(Guid principalId, ApiKey key, string? label, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        _apiKeys.AddAsync(principalId, key, label, expiresAt, cancellationToken);

    /// <inheritdoc />
    public Task<Principal?> FindByApiKeyAsync(string presented, CancellationToken cancellationToken) =>
        _apiKeys.FindPrincipalAsync(presented, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Unit>> RevokeApiKeyAsync(string keyId, CancellationToken cancellationToken) => _apiKeys.RevokeAsync(keyId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync(Guid principalId, CancellationToken cancellationToken) =>
        _apiKeys.ListAsync(principalId, cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}
