using Microsoft.Extensions.Options;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Storage;
using Tocsin.Storage.Notifications;

namespace Tocsin.Server.Notifications;

/// <summary>Decides who must be told what, and queues it; never sends. It follows the decision changes in the audit
/// log from the stored cursor: a proposal, or a proposed cancellation, queues a notification to approvers. It also
/// looks for subscribers that have not acknowledged a published decision within
/// <see cref="NotificationOptions.AcknowledgeWithin"/> and queues one escalation per decision and subscriber. The
/// decision write itself never waits for any of this. With several nodes, the cursor's compare-and-set and the
/// once-per-key rule make each notification queued once.</summary>
internal sealed partial class NotificationPlanner(ITocsinStore store, DecisionChangeFeed feed, NotificationTexts texts,
    IOptions<NotificationOptions> options, TimeProvider clock, ILogger<NotificationPlanner> logger)
{
    private const int BatchSize = 500;

    /// <summary>Plans one batch of changes and one escalation pass; returns how many notifications were queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        return await PlanChangesAsync(cancellationToken) + await EscalateAsync(cancellationToken);
    }

    private async Task<int> PlanChangesAsync(CancellationToken cancellationToken)
    {
        var cursor = await store.Notifications.CursorAsync(cancellationToken);
        var (changes, last) = await feed.AfterAsync(cursor, BatchSize, cancellationToken);
        if (last == cursor)
        {
            return 0;
        }

        var notifications = new List<Notification>();
        foreach (var change in changes)
        {
            notifications.AddRange(await NotificationsOfAsync(change, cancellationToken));
        }

        return await store.Notifications.PlanAsync(cursor, last, notifications, cancellationToken) ? notifications.Count : 0;
    }

    private async Task<IReadOnlyList<Notification>> NotificationsOfAsync(DecisionChange change, CancellationToken cancellationToken)
    {
        var kind = change.Kinds.Contains(nameof(DecisionEventKind.Proposed)) ? NotificationKind.Proposed
            : change.Kinds.Contains(nameof(DecisionEventKind.CancellationProposed)) ? NotificationKind.CancellationProposed
            : (NotificationKind?)null;
        if (kind is null || await store.Plan.FindAsync(change.DecisionId, cancellationToken) is not { } decision)
        {
            return [];
        }

        var names = (await store.ListPrincipalsAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        var by = kind == NotificationKind.Proposed ? decision.ProposedBy : decision.PendingCancellation?.ProposedBy ?? decision.ProposedBy;
        // A decision has one proposal but may see several cancellation proposals: each is keyed by its audit entry.
        var key = kind == NotificationKind.Proposed ? $"proposed:{decision.Id:D}" : $"cancellation-proposed:{decision.Id:D}:{change.Sequence}";
        return texts.For(kind.Value, key, decision, names.GetValueOrDefault(by), null, options.Value);
    }

    private async Task<int> EscalateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.EmailsApprovers && !settings.PagesOnCall)
        {
            return 0;
        }

        var silent = await store.Notifications.UnacknowledgedAsync(clock.GetUtcNow() - settings.AcknowledgeWithin, null, unescalatedOnly: true, cancellationToken);
        var notifications = new List<Notification>();
        foreach (var delivery in silent)
        {
            if (await store.Plan.FindAsync(delivery.DecisionId, cancellationToken) is { } decision)
            {
                notifications.AddRange(texts.For(NotificationKind.Unacknowledged, $"unacknowledged:{decision.Id:D}:{delivery.SubscriberId:D}",
                    decision, null, delivery.SubscriberName, settings));
            }
        }

        var added = await store.Notifications.AddAsync(notifications, cancellationToken);
        if (added > 0)
        {
            LogEscalated(added);
        }

        return added;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} notification(s) queued about subscribers that have not acknowledged a decision")]
    private partial void LogEscalated(int count);
}
