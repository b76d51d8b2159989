using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Notifications;

/// <summary>Where one notification stands.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Key">What it is about.</param>
/// <param name="Channel">E-mail or webhook.</param>
/// <param name="Kind">What it announces.</param>
/// <param name="Subject">Its one line.</param>
/// <param name="State">Pending, delivered or dead.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="LastError">The last failure, if any.</param>
/// <param name="CreatedAt">When it was queued (UTC).</param>
/// <param name="DeliveredAt">When it was delivered (UTC).</param>
public sealed record NotificationStatus(Guid Id, string Key, NotificationChannel Channel, NotificationKind Kind, string Subject, DeliveryState State,
    int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt);
