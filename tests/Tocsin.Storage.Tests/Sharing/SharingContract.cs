using System.Text;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage.Sharing;
using Tocsin.Storage.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Sharing;

/// <summary>Contract: partner profiles, partner views as index rows, and the share log. Each engine derives a
/// test class from it.</summary>
public abstract class SharingContract : StoreContractBase
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";

    [Fact]
    public async Task A_profile_is_stored_normalised_for_a_partner_only()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "dgsi", TlpLevel.Amber);
        var user = (await db.Store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct)).Value;

        var found = await db.Store.Sharing.FindProfileAsync(partner.Id, Ct);
        var refused = await db.Store.Sharing.SetProfileAsync(new PartnerProfile(user.Id, "ana", "FRA", TlpLevel.Red, [], []), Ct);

        Assert.Equal(("FRA", TlpLevel.Amber, "EU"), (found!.Country, found.Ceiling, found.Releasability.Single()));
        Assert.Equal("not-a-partner", refused.Error?.Code);
    }

    [Fact]
    public async Task A_partner_view_holds_only_what_the_partner_may_receive()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", TlpLevel.Green);
        var green = Indicator(TlpMarkings.GreenId);
        await db.AddAsync(collection, green, Indicator(TlpMarkings.AmberId), Indicator(TlpMarkings.RedId), Indicator(null));

        var page = await ViewAsync(db, partner, collection, new ObjectQuery());

        Assert.Equal([green.Id], page.Items.Select(i => i.Object.Id));
    }

    [Fact]
    public async Task Raising_the_ceiling_makes_objects_visible_with_later_date_added()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", TlpLevel.Green);
        var amber = Indicator(TlpMarkings.AmberId);
        await db.AddAsync(collection, Indicator(TlpMarkings.GreenId), amber);
        var before = await ViewAsync(db, partner, collection, new ObjectQuery());
        db.Clock.Advance(TimeSpan.FromMinutes(5));

        await db.Store.Sharing.SetProfileAsync(Profile(partner, TlpLevel.Amber), Ct);
        var after = await ViewAsync(db, partner, collection, new ObjectQuery { AddedAfter = before.Items[^1].DateAdded });

        Assert.Equal([amber.Id], after.Items.Select(i => i.Object.Id));
    }

    [Fact]
    public async Task Lowering_the_ceiling_removes_objects_from_the_view()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", TlpLevel.Amber);
        await db.AddAsync(collection, Indicator(TlpMarkings.AmberId));
        await ViewAsync(db, partner, collection, new ObjectQuery());

        await db.Store.Sharing.SetProfileAsync(Profile(partner, TlpLevel.Green), Ct);
        var page = await ViewAsync(db, partner, collection, new ObjectQuery());

        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Paging_with_the_cursor_walks_the_view_once_with_unique_date_added()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", TlpLevel.Green);
        var objects = Enumerable.Range(0, 5).Select(_ => Indicator(TlpMarkings.GreenId)).ToArray();
        await db.AddAsync(collection, objects);

        var seen = new List<StoredObject>();
        string? cursor = null;
        do
        {
            var page = await ViewAsync(db, partner, collection, new ObjectQuery { Limit = 2, Cursor = cursor });
            seen.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(objects.Select(o => o.Id).Order(), seen.Select(s => s.Object.Id).Order());
        Assert.Equal(5, seen.Select(s => s.DateAdded).Distinct().Count());
    }

    [Fact]
    public async Task A_cursor_issued_to_another_partner_is_invalid()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var first = await PartnerAsync(db, "bfv", TlpLevel.Green);
        var second = await PartnerAsync(db, "dgsi", TlpLevel.Green);
        await db.AddAsync(collection, Indicator(TlpMarkings.GreenId), Indicator(TlpMarkings.GreenId));
        var page = await ViewAsync(db, first, collection, new ObjectQuery { Limit = 1 });

        var foreign = await db.Store.Sharing.QueryPartnerViewAsync(second.Id, collection.Id, new ObjectQuery { Cursor = page.Next }, Ct);

        Assert.Equal("invalid-cursor", foreign.Error?.Code);
    }

    [Fact]
    public async Task A_tombstoned_version_is_not_served_even_before_a_refresh()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", TlpLevel.Green);
        var green = Indicator(TlpMarkings.GreenId);
        await db.AddAsync(collection, green);
        await ViewAsync(db, partner, collection, new ObjectQuery());

        await db.Store.DeleteObjectAsync(collection.Id, green.Id, VersionFilter.All, Ct);
        var page = await ViewAsync(db, partner, collection, new ObjectQuery());

        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task A_refresh_with_nothing_changed_evaluates_nothing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", TlpLevel.Green);
        await db.AddAsync(collection, Indicator(TlpMarkings.GreenId));
        await db.Store.Sharing.RefreshPartnerViewAsync(partner.Id, collection.Id, force: false, Ct);

        var again = await db.Store.Sharing.RefreshPartnerViewAsync(partner.Id, collection.Id, force: false, Ct);

        Assert.False(again.Value.Recomputed);
    }

    [Fact]
    public async Task A_partner_without_a_profile_receives_nothing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var bare = (await db.Store.AddPrincipalAsync("bare", PrincipalKind.Partner, [], null, Ct)).Value;

        var page = await db.Store.Sharing.QueryPartnerViewAsync(bare.Id, collection.Id, new ObjectQuery(), Ct);

        Assert.Equal("partner-profile-not-found", page.Error?.Code);
    }

    [Fact]
    public async Task A_profile_change_and_each_served_response_are_audited()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "bfv", TlpLevel.Green);
        var before = (await db.Store.Audit.HeadAsync(Ct))!.Sequence;

        await db.Store.Sharing.SetProfileAsync(Profile(partner, TlpLevel.Amber), Ct);
        await db.Store.Sharing.LogSharedAsync(partner.Id, [new SharedVersion("indicator--1", "v1")], TestStore.Start, Ct);

        Assert.Equal(["partner.profile", "share.served"], await ActionsAfterAsync(db, before));
    }

    [Fact]
    public async Task The_share_log_answers_what_a_partner_received_between_two_times()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "bfv", TlpLevel.Green);
        var t0 = TestStore.Start;
        await db.Store.Sharing.LogSharedAsync(partner.Id, [new SharedVersion("indicator--1", "v1")], t0, Ct);
        await db.Store.Sharing.LogSharedAsync(partner.Id, [new SharedVersion("indicator--2", "v2")], t0.AddHours(1), Ct);
        await db.Store.Sharing.LogSharedAsync(partner.Id, [new SharedVersion("indicator--3", "v3")], t0.AddHours(2), Ct);

        var between = await db.Store.Sharing.SharedBetweenAsync(partner.Id, t0.AddMinutes(30), t0.AddHours(2), Ct);

        Assert.Equal(["indicator--2"], between.Value.Select(e => e.ObjectId));
    }

    [Fact]
    public async Task A_response_of_many_versions_is_logged_whole_and_in_order()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "bfv", TlpLevel.Green);
        // More than two of the store's multi-row INSERT chunks, ending part-way through one.
        var served = Enumerable.Range(0, 1_201).Select(i => new SharedVersion($"indicator--{i:D5}", $"v{i}")).ToList();

        await db.Store.Sharing.LogSharedAsync(partner.Id, served, TestStore.Start, Ct);

        var logged = await db.Store.Sharing.SharedBetweenAsync(partner.Id, TestStore.Start, TestStore.Start.AddSeconds(1), Ct);
        Assert.Equal(served.Select(v => (v.ObjectId, v.VersionKey)), logged.Value.Select(e => (e.ObjectId, e.VersionKey)));
    }

    [Fact]
    public async Task Settings_round_trip()
    {
        await using var db = await OpenAsync();

        await db.Store.Sharing.SetSettingsAsync(new SharingSettings { OrganisationIdentityIds = [Ours], DefaultTlp = TlpLevel.Green }, Ct);
        var settings = await db.Store.Sharing.GetSettingsAsync(Ct);

        Assert.Equal((Ours, TlpLevel.Green, true), (settings.OrganisationIdentityIds.Single(), settings.DefaultTlp, settings.Groups.IsGroup("FVEY")));
    }

    [Fact]
    public async Task A_partners_sectors_and_groups_are_stored_and_audited()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "sncf", TlpLevel.Green);
        var before = await LastSequenceAsync(db);

        var set = await db.Store.Sharing.SetProfileAsync(Profile(partner, TlpLevel.Green) with { Sectors = ["transport"], Groups = ["operators"] }, Ct);
        var found = await db.Store.Sharing.FindProfileAsync(partner.Id, Ct);
        var audit = await EntriesAfterAsync(db, before);

        Assert.True(set.IsSuccess, set.Error?.Message);
        Assert.Equal(("transport", "operators"), (found!.Sectors.Single(), found.Groups.Single()));
        var entry = audit.Single(e => e.Action == Core.Audit.AuditActions.PartnerProfileSet);
        using var details = System.Text.Json.JsonDocument.Parse(entry.Details);
        Assert.Equal(("transport", "operators"), (details.RootElement.GetProperty("sectors").GetString(), details.RootElement.GetProperty("groups").GetString()));
    }

    [Fact]
    public async Task An_unknown_sector_on_a_partner_is_refused_and_nothing_changes()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "sncf", TlpLevel.Green);

        var refused = await db.Store.Sharing.SetProfileAsync(Profile(partner, TlpLevel.Red) with { Sectors = ["railways"] }, Ct);

        Assert.Equal("sector-unknown", refused.Error?.Code);
        Assert.Equal((TlpLevel.Green, 0), ((await db.Store.Sharing.FindProfileAsync(partner.Id, Ct))!.Ceiling, (await db.Store.Sharing.FindProfileAsync(partner.Id, Ct))!.Sectors.Count));
    }

    [Fact]
    public async Task A_subscriber_delivering_for_a_partner_reads_the_partners_sectors_and_groups()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "sncf", TlpLevel.Green);
        await db.Store.Sharing.SetProfileAsync(Profile(partner, TlpLevel.Green) with { Sectors = ["transport"], Groups = ["operators"] }, Ct);
        var added = await db.Store.Webhooks.AddSubscriberAsync(
            new Subscriber(Guid.NewGuid(), Some.Alias("sub"), "https://203.0.113.7/hook", [], false, Encoding.UTF8.GetBytes("opaque"), default, null)
            {
                PartnerId = partner.Id,
            },
            Ct);

        await db.Store.Sharing.SetProfileAsync(Profile(partner, TlpLevel.Green) with { Sectors = ["transport", "energy"], Groups = ["operators"] }, Ct);
        var found = await db.Store.Webhooks.FindSubscriberAsync(added.Value.Id, Ct);

        Assert.Equal((partner.Id, "sncf", "transport energy", "operators"),
            (found!.PartnerId, found.PartnerName, string.Join(' ', found.Sectors), string.Join(' ', found.Groups)));
    }

    [Fact]
    public async Task Own_sectors_for_a_subscriber_delivering_for_a_partner_are_refused_and_nothing_changes()
    {
        await using var db = await OpenAsync();
        var partner = await PartnerAsync(db, "ratp", TlpLevel.Green);
        await db.Store.Sharing.SetProfileAsync(Profile(partner, TlpLevel.Green) with { Sectors = ["transport"] }, Ct);
        var added = await db.Store.Webhooks.AddSubscriberAsync(
            new Subscriber(Guid.NewGuid(), Some.Alias("sub"), "https://203.0.113.7/hook", [], false, Encoding.UTF8.GetBytes("opaque"), default, null)
            {
                PartnerId = partner.Id,
            },
            Ct);
        var auditBefore = (await db.Store.Audit.HeadAsync(Ct))?.Sequence;

        var refused = await db.Store.Webhooks.SetRecipientTermsAsync(added.Value.Id, ["energy"], ["prefects"], Ct);
        var found = await db.Store.Webhooks.FindSubscriberAsync(added.Value.Id, Ct);

        Assert.Equal(("subscriber-terms-from-partner", "transport", "", auditBefore),
            (refused.Error?.Code, string.Join(' ', found!.Sectors), string.Join(' ', found.Groups), (await db.Store.Audit.HeadAsync(Ct))?.Sequence));
        Assert.Contains("ratp", refused.Error!.Message, StringComparison.Ordinal);
    }

    private static async Task<Principal> PartnerAsync(TestStore db, string name, TlpLevel ceiling)
    {
        await db.Store.Sharing.SetSettingsAsync(new SharingSettings { OrganisationIdentityIds = [Ours] }, Ct);
        var principal = (await db.Store.AddPrincipalAsync(name, PrincipalKind.Partner, [], null, Ct)).Value;
        (await db.Store.Sharing.SetProfileAsync(Profile(principal, ceiling) with { Releasability = ["eu"] }, Ct)).Value.ToString();
        return principal;
    }

    private static PartnerProfile Profile(Principal principal, TlpLevel ceiling) => new(principal.Id, principal.Name, "fra", ceiling, [], []);

    private static async Task<ObjectPage> ViewAsync(TestStore db, Principal partner, Collection collection, ObjectQuery query)
    {
        var result = await db.Store.Sharing.QueryPartnerViewAsync(partner.Id, collection.Id, query, Ct);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static StixObject Indicator(string? marking) => StixObject.FromTrusted(Encoding.UTF8.GetBytes($$"""
        {"type":"indicator","spec_version":"2.1","id":"indicator--{{Guid.NewGuid():D}}","created_by_ref":"{{Ours}}",
         "created":"2024-03-22T10:00:00.000Z","modified":"2024-03-22T10:00:00.000Z","name":"phone",
         "pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z"
         {{(marking is null ? "" : $",\"object_marking_refs\":[\"{marking}\"]")}}}
        """));

    private static async Task<long> LastSequenceAsync(TestStore db)
    {
        long last = 0;
        await foreach (var entry in db.Store.Audit.ReadAsync(1, 10_000, Ct))
        {
            last = entry.Sequence;
        }

        return last;
    }

    private static async Task<List<Core.Audit.AuditEntry>> EntriesAfterAsync(TestStore db, long sequence)
    {
        var entries = new List<Core.Audit.AuditEntry>();
        await foreach (var entry in db.Store.Audit.ReadAsync(sequence + 1, 100, Ct))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private static async Task<List<string>> ActionsAfterAsync(TestStore db, long sequence)
    {
        var actions = new List<string>();
        await foreach (var entry in db.Store.Audit.ReadAsync(sequence + 1, 100, Ct))
        {
            actions.Add(entry.Action);
        }

        return actions;
    }
}
