using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>An engine's import path (<see cref="ITocsinStore.AddObjectsAsync"/>).</summary>
internal interface IObjectImport
{
    Task<ImportResult> AddAsync(Guid collectionId, IReadOnlyList<StixObject> objects, CancellationToken cancellationToken);
}
