using Tocsin.Core;
using Tocsin.Core.Stix;
using Tocsin.Storage.Taxii;

namespace Tocsin.Storage.Contributions;

/// <summary>Partner contributions (docs/sharing.md "Partner contributions"): what partner services post, stored
/// exactly but quarantined from our picture. A contribution is served back to its partner (in its partner view),
/// listed for our analysts, never in another partner's view, never a version of one of our objects and never
/// consulted by the sharing policy. Part of the storage contract (<see cref="ITocsinStore.Contributions"/>).</summary>
public interface IContributionStore
{
    /// <summary>Stores <paramref name="objects"/> as <paramref name="partnerId"/>'s contribution to a collection, each
    /// with its own outcome, with the rules of <see cref="ITocsinStore.AddObjectsAsync(Guid, IReadOnlyList{StixObject}, CancellationToken)"/> applied within that
    /// partner's own contributions only: what anyone else stored under the same id and version changes nothing, so
    /// the outcome of a known id is exactly that of an unknown one. One write transaction, one audit entry.</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>.</exception>
    Task<ImportResult> AddAsync(Guid partnerId, Guid collectionId, IReadOnlyList<StixObject> objects, CancellationToken cancellationToken);

    /// <summary><see cref="AddAsync(Guid, Guid, IReadOnlyList{StixObject}, CancellationToken)"/>, with the TAXII status
    /// <paramref name="receipt"/> makes of the result saved in the same transaction (one commit per TAXII POST): the
    /// contribution, its audit entry and the status are stored together or not at all.</summary>
    /// <returns>The status saved.</returns>
    Task<TaxiiStatus> AddAsync(Guid partnerId, Guid collectionId, IReadOnlyList<StixObject> objects, Func<ImportResult, TaxiiStatus> receipt,
        CancellationToken cancellationToken);

    /// <summary>Tombstones the versions of the partner's own contribution <paramref name="id"/> in a collection that
    /// <paramref name="versions"/> selects (first and last among its own visible versions), narrowed to
    /// <paramref name="specVersions"/> when any. Returns how many were tombstoned: 0 for an id the partner never
    /// contributed, whatever else the collection holds.</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>.</exception>
    Task<int> DeleteAsync(Guid partnerId, Guid collectionId, string id, VersionFilter versions, IReadOnlyList<string> specVersions, CancellationToken cancellationToken);

    /// <summary>The partner's contributions in every collection, deleted ones included, in <c>date_added</c> order;
    /// only those of id <paramref name="objectId"/> when given.</summary>
    Task<IReadOnlyList<Contribution>> ListAsync(Guid partnerId, string? objectId, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="promoted"/> (built by <see cref="ContributionPromotion"/>) to our picture in a
    /// collection, in one write transaction whose audit entry names the contribution, its partner and the mode.
    /// Fails with <c>contribution-not-found</c> when <paramref name="source"/> is no longer a visible contribution,
    /// <c>promotion-invalid</c>, or <c>promotion-conflict</c> (then nothing is written).</summary>
    /// <exception cref="ArgumentException">No collection has id <paramref name="collectionId"/>.</exception>
    Task<Result<ImportResult>> PromoteAsync(Contribution source, PromotionMode mode, Guid collectionId, IReadOnlyList<StixObject> promoted,
        CancellationToken cancellationToken);
}
