using Tocsin.Core;

namespace Tocsin.Storage.Drafts;

/// <summary>Ingest drafts awaiting review (docs/ingest.md, "Review"): the report text, the draft bundle
/// exactly as drafted, and the review state of each item. Part of the storage contract
/// (<see cref="ITocsinStore.Drafts"/>): both engines implement it. The drafted STIX objects themselves live
/// in the <c>drafts</c> collection; this store holds what STIX has no place for.</summary>
public interface IDraftStore
{
    /// <summary>Stores a new draft with every item pending. Fails with <c>draft-exists</c> when the id is
    /// taken, so that retrying a write that did happen is refused rather than duplicated.</summary>
    Task<Result<Draft>> AddAsync(Draft draft, CancellationToken cancellationToken);

    /// <summary>The draft with this id, with its items in draft order, or null.</summary>
    Task<Draft?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The newest drafts first, at most <paramref name="limit"/> (clamped to 1–1000), without their
    /// bundle bytes (<see cref="Draft.Bundle"/> is empty).</summary>
    Task<IReadOnlyList<Draft>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>How many drafts are stored.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Records the analyst's decision on a pending item and returns the item as it now stands.
    /// Fails with <c>draft-not-found</c>, <c>draft-item-not-found</c> or <c>draft-item-not-pending</c>
    /// (an item is decided once: accepted or dropped, never both, never twice).</summary>
    Task<Result<DraftItemState>> DecideAsync(Guid draftId, string itemId, DraftDecision decision, CancellationToken cancellationToken);

    /// <summary>Records that the draft's report (and the provenance extension definition) is in the
    /// picture as <paramref name="reportVersion"/>; later accepts then leave it alone. Idempotent.</summary>
    Task MarkReportAcceptedAsync(Guid draftId, string reportVersion, CancellationToken cancellationToken);
}
