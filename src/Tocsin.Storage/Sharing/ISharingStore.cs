using Tocsin.Core;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Sharing;

/// <summary>Sharing with partner services (docs/sharing.md): partner profiles, the organisation-wide
/// policy settings, partner views and the share log. Part of the storage contract
/// (<see cref="ITocsinStore.Sharing"/>): every engine implements it.</summary>
public interface ISharingStore
{
    /// <summary>The policy settings; the defaults (no organisation identity, TLP:RED for unmarked objects,
    /// the built-in groups) until set.</summary>
    Task<SharingSettings> GetSettingsAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the policy settings. Every partner view is recomputed on its next use.</summary>
    Task SetSettingsAsync(SharingSettings settings, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the profile of a partner principal, normalised by
    /// <see cref="PartnerProfileRules.Normalise"/>; the name is the principal's. Fails with
    /// <c>principal-not-found</c>, <c>not-a-partner</c> or the profile rules' codes. The partner's views are
    /// recomputed on their next use.</summary>
    Task<Result<PartnerProfile>> SetProfileAsync(PartnerProfile profile, CancellationToken cancellationToken);

    /// <summary>Applies one administrative change to a partner (create it, set its profile, revoke and issue keys) in ONE
    /// write transaction with one <c>partner.change</c> audit entry: on any refusal nothing of the change is kept. Fails
    /// with <c>principal-name-invalid</c>, <c>principal-name-taken</c>, <c>partner-not-found</c>,
    /// <c>partner-profile-not-found</c>, the profile rules' codes, <c>api-key-not-found</c> (a key that is not this
    /// partner's), <c>api-key-taken</c> or <c>api-key-expiry-past</c>.</summary>
    /// <exception cref="ArgumentException">A change that creates a partner without a profile.</exception>
    Task<Result<PartnerChangeResult>> ApplyPartnerChangeAsync(PartnerChange change, CancellationToken cancellationToken);

    /// <summary>The profile of a partner principal, or null.</summary>
    Task<PartnerProfile?> FindProfileAsync(Guid principalId, CancellationToken cancellationToken);

    /// <summary>Every partner profile, by name.</summary>
    Task<IReadOnlyList<PartnerProfile>> ListProfilesAsync(CancellationToken cancellationToken);

    /// <summary>Brings a partner's view of a collection up to date with <see cref="SharingPolicy.DecideAll"/>
    /// over the collection's visible versions, in one write transaction: newly visible versions get a new
    /// <c>date_added</c> (strictly increasing and unique in the view, so <c>added_after</c> pollers receive
    /// them); versions no longer allowed leave the view. Does nothing when neither the collection's
    /// additions, the stored marking definitions, the profile nor the settings changed since the last
    /// refresh, unless <paramref name="force"/> (use it after tombstoning). Fails with
    /// <c>partner-profile-not-found</c>.</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>.</exception>
    Task<Result<PartnerViewChange>> RefreshPartnerViewAsync(Guid partnerId, Guid collectionId, bool force, CancellationToken cancellationToken);

    /// <summary>Like <see cref="ITocsinStore.QueryObjectsAsync"/> over a partner's view: the same filters,
    /// version selection (first and last among the versions the partner may receive) and paging, ordered by
    /// the view's <c>date_added</c>. Refreshes the view first when it is stale; tombstoned versions are never
    /// served. Fails with <c>partner-profile-not-found</c>, or <c>invalid-cursor</c> for a cursor this view
    /// did not issue to this partner.</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>, or the limit is below 1.</exception>
    Task<Result<ObjectPage>> QueryPartnerViewAsync(Guid partnerId, Guid collectionId, ObjectQuery query, CancellationToken cancellationToken);

    /// <summary><see cref="RefreshPartnerViewAsync"/> for any reader: a partner under the deployment's national rules
    /// (the overloads without a reader use <see cref="Core.Classification.NationalRules.Default"/>), or a staff member's
    /// clearance view (docs/classification.md). A staff reader that is not a staff principal fails with
    /// <c>principal-not-found</c>.</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>.</exception>
    Task<Result<PartnerViewChange>> RefreshViewAsync(ViewReader reader, Guid collectionId, bool force, CancellationToken cancellationToken);

    /// <summary><see cref="QueryPartnerViewAsync"/> for any reader (see <see cref="RefreshViewAsync"/>): the same
    /// filters, version selection among the versions the reader may read, paging and cursors bound to the reader.</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>, or the limit is below 1.</exception>
    Task<Result<ObjectPage>> QueryViewAsync(ViewReader reader, Guid collectionId, ObjectQuery query, CancellationToken cancellationToken);

    /// <summary>Explains a reader's view of a collection without changing it: every visible version of our picture in the
    /// collection with the decision of the SAME computation that <see cref="RefreshViewAsync"/> stores (allowed, or the
    /// first rule that withholds it), plus the reader's own contributions (allowed, flagged), in collection
    /// <c>date_added</c> order. The allowed versions are exactly those the view serves. Fails like
    /// <see cref="RefreshViewAsync"/>.</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>.</exception>
    Task<Result<IReadOnlyList<ViewDecision>>> ExplainViewAsync(ViewReader reader, Guid collectionId, CancellationToken cancellationToken);

    /// <summary>What the reader's view would make of <paramref name="candidates"/> (objects not stored, e.g. a tearline
    /// before it is released) if they were added to the collection now: the decision of the SAME computation as
    /// <see cref="ExplainViewAsync"/>, over the collection's visible versions of our picture plus the candidates, one per
    /// candidate in order. Nothing is stored. Fails like <see cref="RefreshViewAsync"/>.</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>.</exception>
    Task<Result<IReadOnlyList<SharingDecision>>> ExplainCandidatesAsync(ViewReader reader, Guid collectionId, IReadOnlyList<StixObject> candidates,
        CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="versions"/> were served to a partner at <paramref name="at"/>.</summary>
    Task LogSharedAsync(Guid partnerId, IReadOnlyList<SharedVersion> versions, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>What a partner received from <paramref name="from"/> (inclusive) to <paramref name="to"/>
    /// (exclusive), oldest first. Fails with <c>share-log-range-invalid</c> when <paramref name="to"/> is before
    /// <paramref name="from"/>.</summary>
    Task<Result<IReadOnlyList<ShareLogEntry>>> SharedBetweenAsync(Guid partnerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
