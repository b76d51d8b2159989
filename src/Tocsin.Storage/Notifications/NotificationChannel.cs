namespace Tocsin.Storage.Notifications;

/// <summary>How a notification reaches people.</summary>
public enum NotificationChannel
{
    /// <summary>An e-mail to every configured approver address.</summary>
    Email,

    /// <summary>A signed POST to the on-call paging webhook.</summary>
    Webhook,
}
