using Microsoft.Extensions.Options;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Server.Webhooks;
using Tocsin.Storage;
using Tocsin.Storage.Recipients;

namespace Tocsin.Server.Recipients;

/// <summary>Follows posture changes (approvals and cancellations) from its own stored cursor and writes, for each,
/// one message per recipient to whom at least one measure is addressed, with the cursor move, in one transaction
/// per batch: a crash between batches loses nothing and repeats nothing, and with several nodes the cursor's
/// compare-and-set lets one of them write a batch. The messages then go out through the webhook dispatcher.</summary>
internal sealed partial class PostureDelivery(ITocsinStore store, PostureMessageFactory factory, WebhookSignal signal,
    IOptions<RecipientOptions> options, TimeProvider clock, ILogger<PostureDelivery> logger) : BackgroundService
{
    private const int BatchSize = 50;

    /// <summary>Handles one batch; returns how many changes it covered (0 when there were none).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cursor = await store.Recipients.DeliveryCursorAsync(cancellationToken);
        var changes = await store.Postures.ChangesAfterAsync(cursor, BatchSize, cancellationToken);
        if (changes.Count == 0)
        {
            return 0;
        }

        var subscribers = await store.Webhooks.ListSubscribersAsync(includeDisabled: false, cancellationToken);
        var messages = new List<PostureMessage>();
        foreach (var change in changes)
        {
            if (await store.Postures.FindAsync(change.PostureId, cancellationToken) is not { } posture)
            {
                continue;
            }

            var kind = change.Kind == DecisionEventKind.Cancelled ? PostureMessageKind.Cancelled : PostureMessageKind.Approved;
            messages.AddRange(subscribers.Select(s => factory.Create(posture, s, kind, change.Sequence)).OfType<PostureMessage>());
        }

        if (await store.Recipients.EnqueueAsync(cursor, changes[^1].Sequence, messages, cancellationToken))
        {
            LogEnqueued(changes.Count, messages.Count);
            signal.Notify();
        }

        return changes.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) == 0)
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
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
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Posture delivery: {Changes} posture change(s), {Messages} recipient message(s) queued")]
    private partial void LogEnqueued(int changes, int messages);

    [LoggerMessage(Level = LogLevel.Error, Message = "Posture delivery failed; retrying")]
    private partial void LogFailed(Exception exception);
}
