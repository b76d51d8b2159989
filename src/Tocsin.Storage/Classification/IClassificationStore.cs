using Tocsin.Core;
using Tocsin.Core.Classification;
using Tocsin.Core.Stix;

namespace Tocsin.Storage.Classification;

/// <summary>National classification (docs/classification.md): staff clearances and the marking definitions our
/// picture holds. Part of the storage contract (<see cref="ITocsinStore.Classification"/>): every engine
/// implements it. The scale is the deployment's configuration, not the store's: levels are checked by the caller.</summary>
public interface IClassificationStore
{
    /// <summary>The clearance stored for a principal, or null when none was ever granted (the caller then applies
    /// <see cref="Clearance.Lowest"/>).</summary>
    Task<StoredClearance?> FindClearanceAsync(Guid principalId, CancellationToken cancellationToken);

    /// <summary>Every stored clearance, by principal name.</summary>
    Task<IReadOnlyList<StoredClearance>> ListClearancesAsync(CancellationToken cancellationToken);

    /// <summary>Sets a staff member's clearance (compartments upper-cased, each once, sorted) and bumps its revision,
    /// audited as <c>clearance.change</c> with the clearance before and after. A revoke is a set to the lowest level
    /// with no compartment. Fails with <c>principal-not-found</c> or <c>not-a-staff-member</c> (a partner service has
    /// a classification ceiling in its sharing profile instead); nothing is written then.</summary>
    Task<Result<StoredClearance>> SetClearanceAsync(Guid principalId, Clearance clearance, CancellationToken cancellationToken);

    /// <summary>Every visible marking-definition version of our picture (partners' contributions excluded), whoever
    /// created it: the caller keeps those our organisation created.</summary>
    Task<IReadOnlyList<StixObject>> MarkingDefinitionsAsync(CancellationToken cancellationToken);
}
