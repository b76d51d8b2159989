namespace Tocsin.Storage.Notifications;

/// <summary>What a notification announces.</summary>
public enum NotificationKind
{
    /// <summary>A decision was proposed and awaits a second person's approval.</summary>
    Proposed,

    /// <summary>A cancellation (or lowering by cancellation) of a decision in force awaits approval.</summary>
    CancellationProposed,

    /// <summary>A subscriber has not acknowledged a published decision within the configured time.</summary>
    Unacknowledged,
}
