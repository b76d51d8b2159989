using Tocsin.Core;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Sharing;

/// <summary>Materialised views (a partner's, or a staff member's clearance view), the part of
/// <see cref="ISharingStore"/> whose SQL differs by engine (how a view is refreshed in bulk and paged).</summary>
internal interface IPartnerViews
{
    Task<Result<PartnerViewChange>> RefreshAsync(ViewReader reader, Guid collectionId, bool force, CancellationToken cancellationToken);

    Task<Result<IReadOnlyList<ViewDecision>>> ExplainAsync(ViewReader reader, Guid collectionId, CancellationToken cancellationToken);

    Task<Result<IReadOnlyList<SharingDecision>>> ExplainCandidatesAsync(ViewReader reader, Guid collectionId, IReadOnlyList<StixObject> candidates,
        CancellationToken cancellationToken);

    Task<Result<ObjectPage>> QueryAsync(ViewReader reader, Guid collectionId, ObjectQuery query, CancellationToken cancellationToken);
}
