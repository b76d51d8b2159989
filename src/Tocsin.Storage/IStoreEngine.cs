using Tocsin.Core;
using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>The parts of <see cref="ITocsinStore"/> each engine writes in its own SQL: its migrations, its
/// import path and its page queries (<see cref="Common.SqlTocsinStore"/> holds the rest).</summary>
internal interface IStoreEngine
{
    /// <summary>Applies pending migrations.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The import path of <see cref="ITocsinStore.AddObjectsAsync"/>.</summary>
    Task<ImportResult> AddAsync(Guid collectionId, IReadOnlyList<StixObject> objects, CancellationToken cancellationToken);

    /// <summary>A page of <see cref="ITocsinStore.QueryObjectsAsync"/>.</summary>
    Task<Result<ObjectPage>> QueryAsync(Guid collectionId, ObjectQuery query, CancellationToken cancellationToken);

    /// <summary><see cref="ITocsinStore.CountObjectsAsync"/>.</summary>
    Task<long> CountAsync(Guid collectionId, CancellationToken cancellationToken);
}
