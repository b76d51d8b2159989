using Tocsin.Core;
using Tocsin.Core.Principals;
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
using Tocsin.Storage.Keys;
using Tocsin.Storage.Reads;

namespace Tocsin.Storage;

/// <summary>The one storage contract. Two engines implement it (SQLite, the embedded default, and
/// PostgreSQL); both pass the same contract test suite. Every write is one transaction: it happens
/// whole or not at all.</summary>
public interface ITocsinStore : IAsyncDisposable
{
    /// <summary>Published CAP messages. Each capability with its own tables adds one such property
    /// (a feature store interface) rather than growing this list.</summary>
    IPublicationStore Publications { get; }

    /// <summary>Posture messages to recipients and their implementation reports.</summary>
    IRecipientStore Recipients { get; }

    /// <summary>Webhook subscribers, their outbox of deliveries and acknowledgements.</summary>
    IWebhookStore Webhooks { get; }
    /// <summary>Alert-plan decisions and their state changes.</summary>
    IPlanStore Plan { get; }
    /// <summary>Protective postures and their state changes, with the numbered changes followers read.</summary>
    IPostureStore Postures { get; }
    /// <summary>Ingest drafts awaiting review (their STIX objects are in the <c>drafts</c> collection).</summary>
    IDraftStore Drafts { get; }
    /// <summary>Tearlines waiting for a second person to release properties as they stand (docs/sharing.md).</summary>
    ITearlineRequestStore TearlineRequests { get; }
    /// <summary>Partner profiles, sharing settings, partner views and the share log (docs/sharing.md).</summary>
    ISharingStore Sharing { get; }
    /// <summary>Certificates that identify partners over mutual TLS (docs/mutual-tls.md).</summary>
    IPartnerCertificateStore PartnerCertificates { get; }

    /// <summary>Staff clearances and our picture's marking definitions (docs/classification.md).</summary>
    IClassificationStore Classification { get; }
    /// <summary>Partner contributions: what partner services post, quarantined from our picture (docs/sharing.md).</summary>
    IContributionStore Contributions { get; }
    /// <summary>Notifications to approvers and the on-call webhook: proposals awaiting approval, unacknowledged messages.</summary>
    INotificationStore Notifications { get; }
    /// <summary>Staff reads on the record, and every look at them (docs/read-log.md).</summary>
    IReadLogStore Reads { get; }
    /// <summary>Full-text search over the versions a collection serves (docs/search.md).</summary>
    Search.ISearchStore Search { get; }
    /// <summary>TAXII status resources, kept for their posters.</summary>
    ITaxiiStatusStore TaxiiStatuses { get; }

    /// <summary>The hash-chained audit log of every write, and its signed checkpoints (docs/audit.md).</summary>
    IAuditStore Audit { get; }

    /// <summary>The Data Protection key ring, shared by every node (sign-in cookies, antiforgery tokens).</summary>
    IDataProtectionKeyStore DataProtectionKeys { get; }

    /// <summary>Staff second factors: TOTP secrets, passkeys and recovery codes.</summary>
    Factors.ISecondFactorStore SecondFactors { get; }

    /// <summary>Applies pending numbered migrations (recorded in <c>schema_version</c>).</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    // ---- collections ----

    /// <summary>Creates a collection with a new UUIDv4 id. Fails with <c>collection-alias-taken</c>
    /// or <c>collection-alias-invalid</c>.</summary>
    Task<Result<Collection>> AddCollectionAsync(string alias, string? title, string? description, CancellationToken cancellationToken);

    /// <summary>All collections, by alias.</summary>
    Task<IReadOnlyList<Collection>> ListCollectionsAsync(CancellationToken cancellationToken);

    /// <summary>The collection whose id (UUID text) or alias is <paramref name="idOrAlias"/>, or null.</summary>
    Task<Collection?> FindCollectionAsync(string idOrAlias, CancellationToken cancellationToken);

    /// <summary>Sets (replaces) a principal's rights on a collection.</summary>
    Task<Result<Unit>> GrantAsync(Guid collectionId, Guid principalId, CollectionRights rights, CancellationToken cancellationToken);

    /// <summary>A principal's rights on a collection (<see cref="CollectionRights.None"/> when no grant).</summary>
    Task<CollectionRights> RightsAsync(Guid collectionId, Guid principalId, CancellationToken cancellationToken);

    // ---- objects ----
    // Callers resolve collections first (FindCollectionAsync): naming a collection that does not exist
    // is a bug and throws ArgumentException.

    /// <summary>Validates and stores <paramref name="objects"/> in a collection, each with its own
    /// outcome (DESIGN "STIX versions"): new versions are added with a fresh <c>date_added</c>; an
    /// identical duplicate (same canonical content under the same id and version) succeeds without
    /// change; different content under an existing version is a conflict; an object with validation
    /// errors is rejected. Accepted objects are written in one transaction.</summary>
    Task<ImportResult> AddObjectsAsync(Guid collectionId, IReadOnlyList<StixObject> objects, CancellationToken cancellationToken);

    /// <summary><see cref="AddObjectsAsync(Guid, IReadOnlyList{StixObject}, CancellationToken)"/>, with the TAXII status
    /// <paramref name="receipt"/> makes of the result saved in the same transaction (TAXII 2.1 §5.4: one commit per
    /// POST). The objects, their audit entry and the status are stored together or not at all; the status is
    /// committed even when no object was admitted (then nothing else is written and no audit entry appended).</summary>
    /// <returns>The status saved.</returns>
    Task<TaxiiStatus> AddObjectsAsync(Guid collectionId, IReadOnlyList<StixObject> objects, Func<ImportResult, TaxiiStatus> receipt,
        CancellationToken cancellationToken);

    /// <summary>A page of the versions visible in a collection that match <paramref name="query"/>, ordered by
    /// <c>date_added</c>. Fails with <c>invalid-cursor</c> when <see cref="ObjectQuery.Cursor"/> is not a
    /// cursor this store issued (a client error, never an empty page).</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>, or the limit is below 1.</exception>
    Task<Result<ObjectPage>> QueryObjectsAsync(Guid collectionId, ObjectQuery query, CancellationToken cancellationToken);

    /// <summary>Writes tombstones for the versions of <paramref name="id"/> in a collection that
    /// <paramref name="versions"/> selects: they stop being served; history keeps them. Returns how
    /// many versions were tombstoned (0 when none matched).</summary>
    Task<int> DeleteObjectAsync(Guid collectionId, string id, VersionFilter versions, CancellationToken cancellationToken);

    /// <summary>Every stored version of <paramref name="id"/> in any collection, tombstoned or not,
    /// oldest first: the history DESIGN keeps.</summary>
    Task<IReadOnlyList<StoredObject>> HistoryAsync(string id, CancellationToken cancellationToken);

    /// <summary>Number of visible (non-tombstoned) versions in a collection.</summary>
    Task<long> CountObjectsAsync(Guid collectionId, CancellationToken cancellationToken);

    // ---- principals ----

    /// <summary>Adds a principal. Fails with <c>principal-name-taken</c> or <c>principal-name-invalid</c>.</summary>
    Task<Result<Principal>> AddPrincipalAsync(string name, PrincipalKind kind, IReadOnlyList<Role> roles, string? passwordHash, CancellationToken cancellationToken);

    /// <summary>All principals, by name.</summary>
    Task<IReadOnlyList<Principal>> ListPrincipalsAsync(CancellationToken cancellationToken);

    /// <summary>The principal named <paramref name="name"/>, or null; a disabled one too, with its
    /// <see cref="Principal.DisabledAt"/>: every sign-in path checks it.</summary>
    Task<Principal?> FindPrincipalAsync(string name, CancellationToken cancellationToken);

    /// <summary>Replaces the roles of the principal named <paramref name="name"/>; audited when they change, nothing
    /// written when they are the same. Fails with <c>principal-not-found</c>.</summary>
    Task<Result<Principal>> SetPrincipalRolesAsync(string name, IReadOnlyList<Role> roles, CancellationToken cancellationToken);

    /// <summary>Removes a principal, its keys and its grants. Fails with <c>principal-not-found</c>.</summary>
    Task<Result<Unit>> RemovePrincipalAsync(string name, CancellationToken cancellationToken);

    /// <summary>Disables (or enables again) the user named <paramref name="name"/>, audited (<c>principal.disable</c>,
    /// <c>principal.enable</c>); nothing is written when it already is so. Fails with <c>principal-not-found</c> (no user
    /// has that name) or <c>last-admin</c> (409), checked in the same transaction, when it is the last enabled
    /// administrator.</summary>
    Task<Result<Principal>> SetPrincipalDisabledAsync(string name, bool disabled, CancellationToken cancellationToken);

    /// <summary>The stored password hash of a principal, or null when it has none (key-only).</summary>
    Task<string?> PasswordHashAsync(Guid principalId, CancellationToken cancellationToken);

    /// <summary>Stores a new API key for a principal (only its hash). Returns the stored description.</summary>
    Task<Result<ApiKeyInfo>> AddApiKeyAsync(Guid principalId, ApiKey key, string? label, CancellationToken cancellationToken);

    /// <summary>Stores a new API key that stops working at <paramref name="expiresAt"/> (never when null). Fails with
    /// <c>api-key-expiry-past</c> for a time not in the future.</summary>
    Task<Result<ApiKeyInfo>> AddApiKeyAsync(Guid principalId, ApiKey key, string? label, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    /// <summary>The principal holding the non-revoked, unexpired key presented as <paramref name="presented"/>, or
    /// null (also when its holder is disabled). The hash comparison is constant-time. Records the key's last use when the recorded one is more than a
    /// minute old, so that verifying a key is not a write on every request.</summary>
    Task<Principal?> FindByApiKeyAsync(string presented, CancellationToken cancellationToken);

    /// <summary>Revokes a key by its key id. Fails with <c>api-key-not-found</c>.</summary>
    Task<Result<Unit>> RevokeApiKeyAsync(string keyId, CancellationToken cancellationToken);

    /// <summary>A principal's keys (never their secrets), newest first.</summary>
    Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync(Guid principalId, CancellationToken cancellationToken);
}
