using Microsoft.Extensions.Options;
using Tocsin.Core.Webhooks;
using Tocsin.Storage;
using Tocsin.Storage.Notifications;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Server.Notifications;

/// <summary>Claims due notifications and sends each on its channel, recording the outcome under its claim: delivered,
/// retried after a backoff with full jitter, or a dead letter after <see cref="NotificationOptions.MaxAttempts"/>.
/// At-least-once: a node that dies mid-send loses its lease and another node sends again.</summary>
internal sealed partial class NotificationDispatcher(ITocsinStore store, SmtpNotifier smtp, OnCallNotifier onCall, IOptions<NotificationOptions> options,
    TimeProvider clock, ILogger<NotificationDispatcher> logger)
{
    private const int ClaimSize = 16;

    /// <summary>Sends one claimed batch; returns its size (0 when nothing was due).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // The lease outlasts the batch sent one by one, each bounded by the request timeout, plus one for recording.
        var due = await store.Notifications.ClaimAsync(ClaimSize, settings.RequestTimeout * (ClaimSize + 1), cancellationToken);
        foreach (var notification in due)
        {
            var error = await SendAsync(notification, settings, cancellationToken);
            await store.Notifications.RecordAsync(Outcome(notification, error, settings), cancellationToken);
        }

        return due.Count;
    }

    private async Task<string?> SendAsync(DueNotification due, NotificationOptions settings, CancellationToken cancellationToken) => due.Notification.Channel switch
    {
        // A channel switched off since the notification was queued: kept pending until it is configured again.
        NotificationChannel.Email => settings.EmailsApprovers ? await smtp.SendAsync(due, cancellationToken) : "e-mail is not configured",
        NotificationChannel.Webhook => settings.PagesOnCall ? await onCall.SendAsync(due, cancellationToken) : "the on-call webhook is not configured",
    };

    private NotificationAttempt Outcome(DueNotification due, string? error, NotificationOptions settings)
    {
        if (error is null)
        {
            return new NotificationAttempt(due.Id, due.ClaimToken, DeliveryState.Delivered, null, null);
        }

        var failed = due.Attempts + 1;
        var backoff = new WebhookBackoff { BaseDelay = settings.BaseDelay, MaxDelay = settings.MaxDelay, MaxAttempts = settings.MaxAttempts };
        if (backoff.NextDelay(failed, Random.Shared.NextDouble()) is not { } wait)
        {
            LogDead(due.Id, due.Notification.Key, failed, error);
            return new NotificationAttempt(due.Id, due.ClaimToken, DeliveryState.Dead, null, error);
        }

        LogRetry(due.Id, due.Notification.Key, error);
        return new NotificationAttempt(due.Id, due.ClaimToken, DeliveryState.Pending, clock.GetUtcNow() + wait, error);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification {Id} ({Key}) is a dead letter after {Attempts} attempts: {Error}")]
    private partial void LogDead(Guid id, string key, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id} ({Key}) failed and will be retried: {Error}")]
    private partial void LogRetry(Guid id, string key, string error);
}
