using System.Diagnostics;
using Tocsin.Server.Operations;
using Microsoft.Extensions.Options;
using Tocsin.Core.Webhooks;
using Tocsin.Storage;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Webhooks;

/// <summary>Claims due deliveries (a batch, under a lease), sends them with bounded concurrency and records
/// the outcomes in one transaction: 2xx is delivered; anything else is retried after a backoff with full
/// jitter, or becomes a dead letter after <see cref="WebhookOptions.MaxAttempts"/> attempts. At-least-once:
/// a node that dies mid-batch loses its lease and another node sends those deliveries again.</summary>
internal sealed partial class WebhookDispatcher(ITocsinStore store, WebhookSender sender, WebhookSignal signal, IOptions<WebhookOptions> options,
    TimeProvider clock, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private readonly WebhookBackoff _backoff = new()
    {
        BaseDelay = options.Value.BaseDelay,
        MaxDelay = options.Value.MaxDelay,
        MaxAttempts = options.Value.MaxAttempts,
    };

    /// <summary>Sends one claimed batch; returns its size (0 when nothing was due).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var due = await store.Webhooks.ClaimDueAsync(ClaimSize(settings), settings.Lease, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var attempts = new DeliveryAttempt[due.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count),
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (i, token) => attempts[i] = await AttemptAsync(due[i], token));
        await store.Webhooks.RecordAttemptsAsync(attempts, cancellationToken);
        return due.Count;
    }

    /// <summary>How many deliveries one claim takes: no more than can be attempted before the lease ends, or
    /// another node's dispatcher would claim the rest again and send them twice. The attempts run in waves of
    /// <see cref="WebhookOptions.Concurrency"/>, each lasting at most <see cref="WebhookOptions.RequestTimeout"/>;
    /// one more timeout is kept for recording the outcomes. With the defaults this is the whole batch.</summary>
    internal static int ClaimSize(WebhookOptions settings)
    {
        var waves = Math.Max(1, (long)(settings.Lease / settings.RequestTimeout) - 1);
        return (int)Math.Min(settings.BatchSize, settings.Concurrency * waves);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) == 0)
                {
                    await signal.WaitAsync(options.Value.DispatchInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The claimed batch's leases expire and it is sent again: at-least-once.
                LogFailed(ex);
                await Task.Delay(options.Value.DispatchInterval, clock, stoppingToken);
            }
        }
    }

    private async Task<DeliveryAttempt> AttemptAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        using var activity = TocsinTelemetry.Source.StartActivity("webhook.deliver", ActivityKind.Internal);
        activity?.SetTag("tocsin.delivery.id", delivery.Id);
        activity?.SetTag("tocsin.subscriber.id", delivery.SubscriberId);
        var started = clock.GetTimestamp();
        var attempt = await DeliverAsync(delivery, cancellationToken);
        var outcome = attempt.State switch
        {
            DeliveryState.Delivered => "delivered",
            DeliveryState.Dead => "dead",
            _ => "retry",
        };
        activity?.SetTag("tocsin.delivery.outcome", outcome);
        TocsinTelemetry.DeliveryAttempted(outcome, clock.GetElapsedTime(started).TotalSeconds);
        return attempt;
    }

    private async Task<DeliveryAttempt> DeliverAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        var (status, error) = await sender.SendAsync(delivery, cancellationToken);
        if (error is null)
        {
            return new(delivery.Id, delivery.ClaimToken, DeliveryState.Delivered, null, status, null);
        }

        var failed = delivery.Attempts + 1;
        var wait = _backoff.NextDelay(failed, Random.Shared.NextDouble());
        if (wait is null)
        {
            LogDead(delivery.Id, delivery.SubscriberId, failed, error);
            return new(delivery.Id, delivery.ClaimToken, DeliveryState.Dead, null, status, error);
        }

        return new(delivery.Id, delivery.ClaimToken, DeliveryState.Pending, clock.GetUtcNow() + wait.Value, status, error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to subscriber {SubscriberId} is a dead letter after {Attempts} attempts: {Error}")]
    private partial void LogDead(Guid deliveryId, Guid subscriberId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook dispatch failed; retrying")]
    private partial void LogFailed(Exception exception);
}
