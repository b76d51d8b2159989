using Microsoft.Extensions.Options;
using Tocsin.Core.Webhooks;
using Tocsin.Storage;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>Follows new publications from the stored cursor and writes one outbox row per matching
/// subscriber, with the cursor move, in one transaction per batch: a crash between batches loses nothing
/// and repeats nothing. With several nodes, the cursor's compare-and-set lets one of them write a batch.</summary>
internal sealed partial class WebhookFanOut(ITocsinStore store, WebhookSignal signal, IOptions<WebhookOptions> options,
    TimeProvider clock, ILogger<WebhookFanOut> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>Handles one batch; returns how many publications it covered (0 when there were none).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cursor = await store.Webhooks.FanOutCursorAsync(cancellationToken);
        var publications = await store.Publications.ListAfterAsync(cursor, BatchSize, cancellationToken);
        if (publications.Count == 0)
        {
            return 0;
        }

        var subscribers = await store.Webhooks.ListSubscribersAsync(includeDisabled: false, cancellationToken);
        var entries = (from publication in publications
                       from subscriber in subscribers
                       where WebhookAudience.Receives(subscriber.TerritoryIds, subscriber.Exercises, publication.Status, publication.TerritoryIds)
                       select new OutboxEntry(publication.Sequence, subscriber.Id)).ToList();
        if (await store.Webhooks.EnqueueAsync(cursor, publications[^1].Sequence, entries, cancellationToken))
        {
            LogEnqueued(publications.Count, entries.Count);
            signal.Notify();
        }

        return publications.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) == 0)
                {
                    await Task.Delay(options.Value.DispatchInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A locked or unavailable store: try again at the next interval rather than stop the host.
                LogFailed(ex);
                await Task.Delay(options.Value.DispatchInterval, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook fan-out: {Publications} publication(s), {Deliveries} deliveries queued")]
    private partial void LogEnqueued(int publications, int deliveries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook fan-out failed; retrying")]
    private partial void LogFailed(Exception exception);
}
