using Tocsin.Core;

namespace Tocsin.Storage.Sharing;

/// <summary>Partner views, the part of <see cref="ISharingStore"/> whose SQL differs by engine (how a view is
/// refreshed in bulk and paged).</summary>
internal interface IPartnerViews
{
    Task<Result<PartnerViewChange>> RefreshAsync(Guid partnerId, Guid collectionId, bool force, CancellationToken cancellationToken);

    Task<Result<ObjectPage>> QueryAsync(Guid partnerId, Guid collectionId, ObjectQuery query, CancellationToken cancellationToken);
}
