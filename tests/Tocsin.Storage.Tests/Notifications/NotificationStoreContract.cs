using Tocsin.Core.Audit;
using Tocsin.Storage.Notifications;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Tests.Notifications;

/// <summary>Contract: the notification outbox queues each key and channel once, leases claims, and records and audits
/// outcomes once.</summary>
public abstract class NotificationStoreContract : StoreContractBase
{
    private static Notification Email(string key) =>
        new(key, NotificationChannel.Email, NotificationKind.Proposed, Guid.CreateVersion7(), "Tocsin: Approval needed", "Body « é »");

    [Fact]
    public async Task The_same_key_and_channel_is_queued_once()
    {
        await using var db = await OpenAsync();
        var key = $"proposed:{Guid.NewGuid():D}";

        var first = await db.Store.Notifications.AddAsync([Email(key)], Ct);
        var second = await db.Store.Notifications.AddAsync([Email(key)], Ct);

        Assert.Equal((1, 0), (first, second));
    }

    [Fact]
    public async Task A_claimed_notification_is_not_claimed_again_while_leased()
    {
        await using var db = await OpenAsync();
        await db.Store.Notifications.AddAsync([Email($"proposed:{Guid.NewGuid():D}")], Ct);

        var first = await db.Store.Notifications.ClaimAsync(10, TimeSpan.FromMinutes(5), Ct);
        var second = await db.Store.Notifications.ClaimAsync(10, TimeSpan.FromMinutes(5), Ct);

        Assert.Equal((1, 0, "Body « é »"), (first.Count, second.Count, first[0].Notification.Body));
    }

    [Fact]
    public async Task A_delivery_is_recorded_once_and_audited()
    {
        await using var db = await OpenAsync();
        await db.Store.Notifications.AddAsync([Email($"proposed:{Guid.NewGuid():D}")], Ct);
        var due = (await db.Store.Notifications.ClaimAsync(10, TimeSpan.FromMinutes(5), Ct)).Single();

        var recorded = await db.Store.Notifications.RecordAsync(new NotificationAttempt(due.Id, due.ClaimToken, DeliveryState.Delivered, null, null), Ct);
        var again = await db.Store.Notifications.RecordAsync(new NotificationAttempt(due.Id, due.ClaimToken, DeliveryState.Delivered, null, null), Ct);

        var status = (await db.Store.Notifications.ForDecisionAsync(due.Notification.DecisionId, Ct)).Single();
        var head = (await db.Store.Audit.HeadAsync(Ct))!;
        Assert.Equal((true, false, DeliveryState.Delivered, AuditActions.NotificationOutcome), (recorded, again, status.State, head.Action));
    }

    [Fact]
    public async Task The_planner_cursor_moves_from_one_value_once()
    {
        await using var db = await OpenAsync();
        var cursor = await db.Store.Notifications.CursorAsync(Ct);

        var first = await db.Store.Notifications.PlanAsync(cursor, cursor + 1, [Email($"proposed:{Guid.NewGuid():D}")], Ct);
        var second = await db.Store.Notifications.PlanAsync(cursor, cursor + 1, [Email($"proposed:{Guid.NewGuid():D}")], Ct);

        Assert.Equal((true, false, cursor + 1), (first, second, await db.Store.Notifications.CursorAsync(Ct)));
    }

    [Fact]
    public async Task With_nothing_published_no_subscriber_is_unacknowledged()
    {
        await using var db = await OpenAsync();

        var silent = await db.Store.Notifications.UnacknowledgedAsync(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), null, unescalatedOnly: true, Ct);

        Assert.Empty(silent);
    }
}
