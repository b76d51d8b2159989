using Tocsin.Storage;

namespace Tocsin.Cli;

/// <summary>Indexes for search what a command stored (docs/search.md, "When the index is written"), so that the first
/// search after a large import or move does not have to; interrupted, the rest is indexed by the server.</summary>
internal static class SearchIndexing
{
    /// <summary>Versions per transaction: five times the server's batch, so that the full-text index gets fewer,
    /// larger segments.</summary>
    private const int Batch = 5_000;

    /// <summary>Indexes every queued version, reporting each batch taken to <paramref name="progress"/>; returns how many
    /// it indexed.</summary>
    public static async Task<long> IndexQueuedAsync(ITocsinStore store, Action<int>? progress, CancellationToken cancellationToken)
    {
        long indexed = 0;
        for (int taken; (taken = await store.Search.CatchUpAsync(Batch, cancellationToken)) > 0;)
        {
            indexed += taken;
            progress?.Invoke(taken);
        }

        return indexed;
    }
}
