using System.Text;
using Tocsin.Core.Ingest;
using Tocsin.Storage.Drafts;

namespace Tocsin.Storage.Tests.Drafts;

/// <summary>Contract: ingest drafts keep their text, bundle bytes and items, and each item is decided once.</summary>
public abstract class DraftContract : StoreContractBase
{
    private static readonly Guid Analyst = Guid.NewGuid();

    [Fact]
    public async Task A_draft_comes_back_with_its_bundle_bytes_and_items_in_order()
    {
        await using var db = await OpenAsync();
        var draft = Sample();
        await db.Store.Drafts.AddAsync(draft, Ct);

        var found = await db.Store.Drafts.FindAsync(draft.Id, Ct);

        Assert.Equal(
            (Convert.ToHexString(draft.Bundle.Span), draft.Text, "identity--1 threat-actor--2", "0-3 10-16"),
            (Convert.ToHexString(found!.Bundle.Span), found.Text, string.Join(' ', found.Items.Select(i => i.Id)),
             string.Join(' ', found.Items[1].Spans.Select(s => $"{s.Start}-{s.End}"))));
    }

    [Fact]
    public async Task A_new_draft_has_every_item_pending()
    {
        await using var db = await OpenAsync();
        var draft = Sample();
        await db.Store.Drafts.AddAsync(draft, Ct);

        var found = await db.Store.Drafts.FindAsync(draft.Id, Ct);

        Assert.All(found!.Items, i => Assert.Equal(DraftItemStatus.Pending, i.Status));
    }

    [Fact]
    public async Task Adding_the_same_draft_twice_is_refused()
    {
        await using var db = await OpenAsync();
        var draft = Sample();
        await db.Store.Drafts.AddAsync(draft, Ct);

        var again = await db.Store.Drafts.AddAsync(draft, Ct);

        Assert.Equal(("draft-exists", 1L), (again.Error?.Code, await db.Store.Drafts.CountAsync(Ct)));
    }

    [Fact]
    public async Task An_accepted_item_records_the_object_written_and_who_accepted_it()
    {
        await using var db = await OpenAsync();
        var draft = Sample();
        await db.Store.Drafts.AddAsync(draft, Ct);

        await db.Store.Drafts.DecideAsync(draft.Id, "threat-actor--2",
            new DraftDecision(DraftItemStatus.Accepted, Analyst, "threat-actor--2", "2024-03-22T18:00:00.000Z"), Ct);

        var item = (await db.Store.Drafts.FindAsync(draft.Id, Ct))!.Item("threat-actor--2")!;
        Assert.Equal((DraftItemStatus.Accepted, "threat-actor--2", "2024-03-22T18:00:00.000Z", Analyst, TestStore.Start),
            (item.Status, item.AcceptedObjectId, item.AcceptedVersion, item.DecidedBy, item.DecidedAt));
    }

    [Fact]
    public async Task Storing_a_draft_and_deciding_an_item_each_append_one_audit_entry()
    {
        await using var db = await OpenAsync();
        var draft = Sample();
        var before = (await db.Store.Audit.HeadAsync(Ct))?.Sequence ?? 0;

        await db.Store.Drafts.AddAsync(draft, Ct);
        await db.Store.Drafts.DecideAsync(draft.Id, "identity--1", new DraftDecision(DraftItemStatus.Dropped, Analyst), Ct);

        var actions = new List<string>();
        await foreach (var entry in db.Store.Audit.ReadAsync(before + 1, 10, Ct))
        {
            actions.Add(entry.Action);
        }

        Assert.Equal(["draft.add", "draft.decide"], actions);
    }

    [Fact]
    public async Task An_item_is_decided_once()
    {
        await using var db = await OpenAsync();
        var draft = Sample();
        await db.Store.Drafts.AddAsync(draft, Ct);
        await db.Store.Drafts.DecideAsync(draft.Id, "identity--1", new DraftDecision(DraftItemStatus.Dropped, Analyst), Ct);

        var again = await db.Store.Drafts.DecideAsync(draft.Id, "identity--1",
            new DraftDecision(DraftItemStatus.Accepted, Analyst, "identity--1", "x"), Ct);

        Assert.Equal("draft-item-not-pending", again.Error?.Code);
    }

    [Fact]
    public async Task Deciding_on_an_unknown_draft_or_item_fails_with_its_code()
    {
        await using var db = await OpenAsync();
        var draft = Sample();
        await db.Store.Drafts.AddAsync(draft, Ct);

        var noDraft = await db.Store.Drafts.DecideAsync(Guid.NewGuid(), "identity--1", new DraftDecision(DraftItemStatus.Dropped, Analyst), Ct);
        var noItem = await db.Store.Drafts.DecideAsync(draft.Id, "identity--9", new DraftDecision(DraftItemStatus.Dropped, Analyst), Ct);

        Assert.Equal(("draft-not-found", "draft-item-not-found"), (noDraft.Error?.Code, noItem.Error?.Code));
    }

    [Fact]
    public async Task Drafts_are_listed_newest_first_without_their_bundles()
    {
        await using var db = await OpenAsync();
        var older = Sample();
        await db.Store.Drafts.AddAsync(older, Ct);
        var newer = Sample() with { CreatedAt = TestStore.Start.AddMinutes(5) };
        await db.Store.Drafts.AddAsync(newer, Ct);

        var list = await db.Store.Drafts.ListAsync(10, Ct);

        Assert.Equal(($"{newer.Id} {older.Id}", 0, 2), (string.Join(' ', list.Select(d => d.Id)), list[0].Bundle.Length, list[0].Items.Count));
    }

    [Fact]
    public async Task The_report_is_marked_accepted_once()
    {
        await using var db = await OpenAsync();
        var draft = Sample();
        await db.Store.Drafts.AddAsync(draft, Ct);

        await db.Store.Drafts.MarkReportAcceptedAsync(draft.Id, "2024-03-22T18:00:00.000Z", Ct);
        await db.Store.Drafts.MarkReportAcceptedAsync(draft.Id, "2024-03-22T19:00:00.000Z", Ct);

        Assert.Equal("2024-03-22T18:00:00.000Z", (await db.Store.Drafts.FindAsync(draft.Id, Ct))!.ReportAcceptedVersion);
    }

    private static Draft Sample() => new(
        Guid.NewGuid(),
        Analyst,
        TestStore.Start,
        "AFP",
        new DateTimeOffset(2024, 3, 23, 9, 0, 0, TimeSpan.Zero),
        "en",
        "AFP says ISIS-K claimed the attack.",
        "report--0",
        null,
        Encoding.UTF8.GetBytes("""{"type":"bundle","id":"bundle--0","objects":[]}"""),
        [
            Item("identity--1", DraftField.Source, "identity", [new TextSpan(0, 3)]),
            Item("threat-actor--2", DraftField.Actor, "threat-actor", [new TextSpan(0, 3), new TextSpan(10, 16)]),
        ]);

    private static DraftItemState Item(string id, DraftField field, string type, TextSpan[] spans) =>
        new(id, field, type, id, 90, spans, Existing: false, DraftItemStatus.Pending, null, null, null, null);
}
