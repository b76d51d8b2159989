using Tocsin.Storage;

namespace Tocsin.Server.Search;

/// <summary>Indexes the versions the writes queued for full-text search (migration 0032), a batch per transaction,
/// so that the index keeps up with the picture between searches; a search indexes whatever is still queued before it
/// reads (docs/search.md, "When the index is written").</summary>
/// <remarks>Writes only queue their versions, because maintaining the index inside every write was more than half of
/// a TAXII envelope's store write; batches of a thousand cost the index a fraction of that per version
/// (docs/benchmarks.md, "The search index written after the write"). Several servers on one PostgreSQL database may
/// run this at once: a batch another server is indexing is waited for, never indexed twice.</remarks>
internal sealed partial class SearchIndexUpkeep(ITocsinStore store, TimeProvider clock, ILogger<SearchIndexUpkeep> logger) : BackgroundService
{
    /// <summary>Versions per transaction: enough that the index pays its per-transaction cost (FTS5 writes a segment per
    /// transaction) once per thousand versions instead of once per envelope.</summary>
    private const int Batch = 1_000;

    /// <summary>How long the upkeep rests when the queue is empty: the most a search can be left to index itself.</summary>
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(250);

    /// <summary>How long it rests after a failure (a locked or unreachable store) before trying again.</summary>
    private static readonly TimeSpan FailureWait = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var taken = await store.Search.CatchUpAsync(Batch, stoppingToken);
                if (taken < Batch)
                {
                    await Task.Delay(IdleWait, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
                try
                {
                    await Task.Delay(FailureWait, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Indexing queued versions for search failed; trying again shortly")]
    private partial void LogFailed(Exception exception);
}
