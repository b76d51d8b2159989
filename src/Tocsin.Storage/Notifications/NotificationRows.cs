using Tocsin.Storage.Common;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Notifications;

/// <summary>How notifications are stored: channel and kind names, and the rows read back.</summary>
internal static class NotificationRows
{
    public static string ChannelName(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => "email",
        NotificationChannel.Webhook => "webhook",
    };

    public static string KindName(NotificationKind kind) => kind switch
    {
        NotificationKind.Proposed => "proposed",
        NotificationKind.CancellationProposed => "cancellation-proposed",
        NotificationKind.Unacknowledged => "unacknowledged",
    };

    public static NotificationChannel ParseChannel(string name) => name switch
    {
        "email" => NotificationChannel.Email,
        "webhook" => NotificationChannel.Webhook,
        _ => throw new InvalidOperationException($"Stored notification channel '{name}' is unknown."),
    };

    public static NotificationKind ParseKind(string name) => name switch
    {
        "proposed" => NotificationKind.Proposed,
        "cancellation-proposed" => NotificationKind.CancellationProposed,
        "unacknowledged" => NotificationKind.Unacknowledged,
        _ => throw new InvalidOperationException($"Stored notification kind '{name}' is unknown."),
    };

    public static object Insert(Notification notification, long now) => new
    {
        id = StoreValues.Text(Guid.CreateVersion7()),
        key = notification.Key,
        channel = ChannelName(notification.Channel),
        kind = KindName(notification.Kind),
        decision = StoreValues.Text(notification.DecisionId),
        subject = notification.Subject,
        body = notification.Body,
        now,
    };

    internal sealed record DueRow(string Id, string ClaimToken, long Attempts, string Key, string Channel, string Kind, string DecisionId, string Subject, string Body)
    {
        public DueNotification ToDue() => new(Guid.Parse(Id), Guid.Parse(ClaimToken), (int)Attempts,
            new Notification(Key, ParseChannel(Channel), ParseKind(Kind), Guid.Parse(DecisionId), Subject, Body));
    }

    internal sealed record StatusRow(string Id, string Key, string Channel, string Kind, string Subject, string State, long Attempts, string? LastError,
        long CreatedAt, long? DeliveredAt)
    {
        public NotificationStatus ToStatus() => new(Guid.Parse(Id), Key, ParseChannel(Channel), ParseKind(Kind), Subject, DeliveryStateNames.Parse(State),
            (int)Attempts, LastError, StoreValues.InstantOf(CreatedAt), DeliveredAt is { } at ? StoreValues.InstantOf(at) : null);
    }

    internal sealed record UnacknowledgedRow(string DecisionId, string PublicationIdentifier, long Sent, string SubscriberId, string SubscriberName)
    {
        public UnacknowledgedDelivery ToDelivery() =>
            new(Guid.Parse(DecisionId), PublicationIdentifier, StoreValues.InstantOf(Sent), Guid.Parse(SubscriberId), SubscriberName);
    }
}
