using Tocsin.Core;

namespace Tocsin.Storage;

/// <summary>An engine's page queries (<see cref="ITocsinStore.QueryObjectsAsync"/>, <see cref="ITocsinStore.CountObjectsAsync"/>).</summary>
internal interface IObjectPages
{
    Task<Result<ObjectPage>> QueryAsync(Guid collectionId, ObjectQuery query, CancellationToken cancellationToken);

    Task<long> CountAsync(Guid collectionId, CancellationToken cancellationToken);
}
