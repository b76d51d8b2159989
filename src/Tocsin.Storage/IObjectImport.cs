using Tocsin.Core.Stix;
using Tocsin.Storage.Taxii;

namespace Tocsin.Storage;

/// <summary>An engine's import path (<see cref="ITocsinStore.AddObjectsAsync(Guid, IReadOnlyList{StixObject}, CancellationToken)"/>).</summary>
internal interface IObjectImport
{
    /// <summary>Writes the admitted objects in one transaction; when <paramref name="receipt"/> is given, the status it
    /// makes of the result is saved in that transaction too, which then commits even when no object was admitted.</summary>
    Task<ImportResult> AddAsync(Guid collectionId, IReadOnlyList<StixObject> objects, Func<ImportResult, TaxiiStatus>? receipt, CancellationToken cancellationToken);
}
