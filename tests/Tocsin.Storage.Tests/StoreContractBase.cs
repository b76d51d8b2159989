namespace Tocsin.Storage.Tests;

/// <summary>The root of the storage contract suite: how an engine provides a fresh store. The suite is
/// split by area into a chain of abstract classes (one file each); <see cref="TocsinStoreContract"/>
/// is the whole of it, and each engine's test class derives from that.</summary>
public abstract class StoreContractBase
{
    /// <summary>A fresh, migrated, isolated store.</summary>
    protected abstract Task<TestStore> OpenAsync();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;
}
