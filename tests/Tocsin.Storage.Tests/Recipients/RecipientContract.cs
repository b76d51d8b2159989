using System.Text;
using Tocsin.Core.Audit;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Storage.Recipients;
using Tocsin.Storage.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Recipients;

/// <summary>Contract: subscribers' sectors and groups, posture messages through the webhook outbox, their
/// acknowledgement, and implementation reports with their history.</summary>
public abstract class RecipientContract : StoreContractBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Sectors_and_groups_are_stored_with_a_subscriber_and_can_be_changed_audited()
    {
        await using var db = await OpenAsync();
        var added = await AddSubscriberAsync(db, ["transport"], ["operators"]);

        var changed = await db.Store.Webhooks.SetRecipientTermsAsync(added.Id, ["energy", "water"], ["prefects"], Ct);
        var found = await db.Store.Webhooks.FindSubscriberAsync(added.Id, Ct);

        Assert.Equal(("energy water", "prefects", "energy water", AuditActions.SubscriberRecipient),
            (string.Join(' ', changed.Value.Sectors), string.Join(' ', found!.Groups), string.Join(' ', found.Sectors), (await LastAuditActionAsync(db))));
    }

    [Fact]
    public async Task Changing_the_terms_of_an_unknown_subscriber_is_refused()
    {
        await using var db = await OpenAsync();

        var changed = await db.Store.Webhooks.SetRecipientTermsAsync(Guid.NewGuid(), ["energy"], [], Ct);

        Assert.Equal("subscriber-not-found", changed.Error?.Code);
    }

    [Fact]
    public async Task A_posture_message_is_claimed_from_the_outbox_with_its_body()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db, ["transport"], []);
        var message = Message(subscriber.Id, Guid.NewGuid(), 1);

        var enqueued = await db.Store.Recipients.EnqueueAsync(0, 1, [message], Ct);
        var claimed = Assert.Single(await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct));

        Assert.Equal((true, 1L, message.Id, message.Id.ToString("D"), "{\"measures\":[]}", 0L),
            (enqueued, await db.Store.Recipients.DeliveryCursorAsync(Ct), claimed.PostureMessageId, claimed.PublicationIdentifier,
             Encoding.UTF8.GetString(claimed.Body.Span), claimed.PublicationSequence));
    }

    [Fact]
    public async Task A_stale_cursor_writes_no_message()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db, [], []);
        await db.Store.Recipients.EnqueueAsync(0, 1, [Message(subscriber.Id, Guid.NewGuid(), 1)], Ct);
        var posture = Guid.NewGuid();

        var stale = await db.Store.Recipients.EnqueueAsync(0, 2, [Message(subscriber.Id, posture, 2)], Ct);

        Assert.Equal((false, 0), (stale, (await db.Store.Recipients.MessagesAsync(posture, Ct)).Count));
    }

    [Fact]
    public async Task A_posture_message_is_acknowledged_once_and_only_by_its_recipient()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db, [], []);
        var stranger = await AddSubscriberAsync(db, [], []);
        var message = Message(subscriber.Id, Guid.NewGuid(), 1);
        await db.Store.Recipients.EnqueueAsync(0, 1, [message], Ct);

        var first = await db.Store.Recipients.AcknowledgeAsync(subscriber.Id, message.Id, Ct);
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await db.Store.Recipients.AcknowledgeAsync(subscriber.Id, message.Id, Ct);
        var wrong = await db.Store.Recipients.AcknowledgeAsync(stranger.Id, message.Id, Ct);

        Assert.Equal((first.Value, "delivery-not-found"), (again.Value, wrong.Error?.Code));
    }

    [Fact]
    public async Task Reminders_are_delivered_and_audited()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db, [], []);
        var posture = Guid.NewGuid();
        var reminder = Message(subscriber.Id, posture, null) with { Kind = PostureMessageKind.Reminder };

        var written = await db.Store.Recipients.RemindAsync(posture, [reminder], "ana", Ct);

        Assert.Equal((1, PostureMessageKind.Reminder, AuditActions.PostureReminder, 1),
            (written, Assert.Single(await db.Store.Recipients.MessagesAsync(posture, Ct)).Kind, await LastAuditActionAsync(db),
             (await db.Store.Webhooks.ClaimDueAsync(10, Lease, Ct)).Count));
    }

    [Fact]
    public async Task A_later_report_supersedes_an_earlier_one_and_both_are_kept()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db, [], []);
        var posture = Guid.NewGuid();
        await db.Store.Recipients.AddReportsAsync([Report(posture, subscriber.Id, "T-01", ImplementationStatus.Partial, "half the stations")], Ct);
        db.Clock.Advance(TimeSpan.FromHours(1));
        await db.Store.Recipients.AddReportsAsync(
            [Report(posture, subscriber.Id, "T-01", ImplementationStatus.Implemented, null), Report(posture, subscriber.Id, "T-02", ImplementationStatus.NotPossible, "no staff")], Ct);

        var latest = await db.Store.Recipients.ReportsAsync(posture, latestOnly: true, Ct);
        var all = await db.Store.Recipients.ReportsAsync(posture, latestOnly: false, Ct);

        Assert.Equal(
            ("T-01 Implemented, T-02 NotPossible", 3, AuditActions.PostureReport),
            (string.Join(", ", latest.Select(r => $"{r.MeasureId} {r.Status}")), all.Count, await LastAuditActionAsync(db)));
    }

    [Fact]
    public async Task A_report_keeps_its_comment_reporter_and_time()
    {
        await using var db = await OpenAsync();
        var subscriber = await AddSubscriberAsync(db, [], []);
        var posture = Guid.NewGuid();
        await db.Store.Recipients.AddReportsAsync([Report(posture, subscriber.Id, "T-01", ImplementationStatus.Partial, "half the stations")], Ct);

        var report = Assert.Single(await db.Store.Recipients.ReportsAsync(posture, latestOnly: true, Ct));

        Assert.Equal(("half the stations", ImplementationReport.ByLink, TestStore.Start), (report.Comment, report.Reporter, report.ReportedAt));
    }

    private static PostureMessage Message(Guid subscriberId, Guid postureId, long? change) =>
        new(Guid.CreateVersion7(), postureId, subscriberId, PostureMessageKind.Approved, change, ["T-01"], Encoding.UTF8.GetBytes("{\"measures\":[]}"));

    private static ImplementationReport Report(Guid postureId, Guid subscriberId, string measure, ImplementationStatus status, string? comment) =>
        new(postureId, subscriberId, measure, status, comment, ImplementationReport.ByLink);

    private static async Task<Subscriber> AddSubscriberAsync(TestStore db, string[] sectors, string[] groups) =>
        (await db.Store.Webhooks.AddSubscriberAsync(
            new Subscriber(Guid.NewGuid(), Some.Alias("sub"), "https://203.0.113.7/hook", [], false, Encoding.UTF8.GetBytes("opaque"), default, null)
            {
                Sectors = sectors,
                Groups = groups,
            },
            Ct)).Value;

    private static async Task<string?> LastAuditActionAsync(TestStore db) => (await db.Store.Audit.HeadAsync(Ct))?.Action;
}
