namespace Tocsin.Storage.Recipients;

/// <summary>Why a posture message was sent to a recipient.</summary>
public enum PostureMessageKind
{
    /// <summary>The posture was approved: the measures addressed to the recipient apply.</summary>
    Approved,

    /// <summary>The posture was cancelled.</summary>
    Cancelled,

    /// <summary>A reminder to report on the measures addressed to the recipient.</summary>
    Reminder,
}
