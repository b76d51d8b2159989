namespace Tocsin.Storage.Notifications;

/// <summary>The durable outbox of notifications to approvers and the on-call webhook (docs/decision-room.md). Queuing
/// and the final outcome of each notification are audited; claims and retries are operational and are not.</summary>
public interface INotificationStore
{
    /// <summary>The last audit sequence the planner has read.</summary>
    Task<long> CursorAsync(CancellationToken cancellationToken);

    /// <summary>Moves the cursor from <paramref name="fromSequence"/> to <paramref name="toSequence"/> and queues
    /// <paramref name="notifications"/>, in one transaction. False, with nothing written, when the cursor is no longer
    /// at <paramref name="fromSequence"/> (another node read that range first).</summary>
    Task<bool> PlanAsync(long fromSequence, long toSequence, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);

    /// <summary>Queues <paramref name="notifications"/> whose key and channel are not queued yet; returns how many were new.</summary>
    Task<int> AddAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> due notifications for <paramref name="lease"/>: no other claimer
    /// gets them until the lease ends (then they are due again: at-least-once).</summary>
    Task<IReadOnlyList<DueNotification>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records an outcome under its claim; returns false when the claim was lost meanwhile.</summary>
    Task<bool> RecordAsync(NotificationAttempt attempt, CancellationToken cancellationToken);

    /// <summary>Every notification about <paramref name="decisionId"/>, oldest first.</summary>
    Task<IReadOnlyList<NotificationStatus>> ForDecisionAsync(Guid decisionId, CancellationToken cancellationToken);

    /// <summary>Subscribers sent a live decision's message at or before <paramref name="sentBefore"/> that have
    /// acknowledged none of that decision's messages, oldest first; <paramref name="decisionId"/> narrows to one
    /// decision; <paramref name="unescalatedOnly"/> leaves out those already queued as <c>unacknowledged:{decision}:{subscriber}</c>.
    /// Only a decision's first message (its approval) counts as the start of the wait.</summary>
    Task<IReadOnlyList<UnacknowledgedDelivery>> UnacknowledgedAsync(DateTimeOffset sentBefore, Guid? decisionId, bool unescalatedOnly, CancellationToken cancellationToken);
}
