namespace Tocsin.Storage.Taxii;

/// <summary>TAXII status resources (TAXII 2.1 §4.3). Part of the storage contract
/// (<see cref="ITocsinStore.TaxiiStatuses"/>): both engines implement it.</summary>
public interface ITaxiiStatusStore
{
    /// <summary>Stores a status, and drops those that expired before the store's clock now.</summary>
    Task SaveAsync(TaxiiStatus status, CancellationToken cancellationToken);

    /// <summary>The status <paramref name="id"/> when <paramref name="ownerId"/> posted it and it has not
    /// expired; otherwise null, so that a status never reveals itself to another principal.</summary>
    Task<TaxiiStatus?> FindAsync(Guid id, Guid ownerId, CancellationToken cancellationToken);
}
