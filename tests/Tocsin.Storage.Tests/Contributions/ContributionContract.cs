using System.Text;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage.Contributions;

namespace Tocsin.Storage.Tests.Contributions;

/// <summary>Contract: partner contributions are stored exactly and kept out of our picture, served back to their partner
/// only, never consulted by the sharing policy, deleted only by their partner and promoted only by us (docs/sharing.md
/// "Partner contributions"). Each engine derives a test class from it.</summary>
public abstract class ContributionContract : StoreContractBase
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Theirs = "identity--0b7c3f1e-52a4-4c1d-9f67-3f1c2b9e0d11";
    private const string Version = "2024-03-22T10:00:00.000Z";

    [Fact]
    public async Task A_contribution_under_our_id_and_version_is_stored_apart_and_changes_nothing_of_ours()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", "DEU");
        var ours = Indicator(Some(), Ours, "ours", TlpMarkings.GreenId);
        await db.AddAsync(collection, ours);
        var forged = Indicator(ours.Id, Ours, "forged", TlpMarkings.GreenId);

        var outcome = (await db.Store.Contributions.AddAsync(partner.Id, collection.Id, [forged], Ct)).Outcomes.Single();
        var picture = await db.AllAsync(collection);
        var contributed = await db.Store.Contributions.ListAsync(partner.Id, null, Ct);

        Assert.Equal(ObjectOutcomeKind.Added, outcome.Kind);
        Assert.Equal([ours.Json.ToArray()], picture.Select(p => p.Object.Json.ToArray()));
        Assert.Equal([forged.Json.ToArray()], contributed.Select(c => c.Object.Json.ToArray()));
        Assert.Equal(1, await db.Store.CountObjectsAsync(collection.Id, Ct));
        Assert.Equal([ours.Json.ToArray()], (await db.Store.HistoryAsync(ours.Id, Ct)).Select(h => h.Object.Json.ToArray()));
    }

    [Fact]
    public async Task The_history_of_an_id_the_store_does_not_hold_is_empty()
    {
        await using var db = await OpenAsync();

        var history = await db.Store.HistoryAsync($"indicator--{Guid.NewGuid():D}", Ct);

        Assert.Empty(history);
    }

    [Fact]
    public async Task A_contribution_posted_first_never_blocks_our_own_version()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", "DEU");
        var id = Some();
        await db.Store.Contributions.AddAsync(partner.Id, collection.Id, [Indicator(id, Ours, "squatted", TlpMarkings.GreenId)], Ct);
        var ours = Indicator(id, Ours, "ours", TlpMarkings.GreenId);

        var outcome = (await db.AddAsync(collection, ours)).Outcomes.Single();

        Assert.Equal(ObjectOutcomeKind.Added, outcome.Kind);
        Assert.Equal([ours.Json.ToArray()], (await db.AllAsync(collection)).Select(p => p.Object.Json.ToArray()));
    }

    [Fact]
    public async Task A_known_id_gets_exactly_the_outcomes_of_an_unknown_one()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", "DEU");
        var known = Indicator(Some(), Ours, "ours", TlpMarkings.RedId);
        await db.AddAsync(collection, known);
        var unknownId = Some();

        var forKnown = await SequenceAsync(db, partner, collection, known.Id);
        var forUnknown = await SequenceAsync(db, partner, collection, unknownId);

        Assert.Equal([ObjectOutcomeKind.Added, ObjectOutcomeKind.Duplicate, ObjectOutcomeKind.Conflict], forKnown);
        Assert.Equal(forUnknown, forKnown);
    }

    [Fact]
    public async Task A_partner_is_served_its_own_contribution_back_and_never_another_partners()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var author = await PartnerAsync(db, "bfv", "DEU");
        var other = await PartnerAsync(db, "aivd", "NLD");
        var contributed = Indicator(Some(), Theirs, "theirs", TlpMarkings.ClearId);
        await db.Store.Contributions.AddAsync(author.Id, collection.Id, [contributed], Ct);

        var authorView = await ViewIdsAsync(db, author, collection);
        var otherView = await ViewIdsAsync(db, other, collection);

        Assert.Equal([contributed.Id], authorView);
        Assert.Empty(otherView);
    }

    [Fact]
    public async Task A_partners_marking_definition_never_lifts_our_releasability_restriction()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var forger = await PartnerAsync(db, "bfv", "DEU");
        var reader = await PartnerAsync(db, "bnd", "DEU");
        var relFra = SharingMarkings.RelTo(["FRA"], Ours, TimeProvider.System);
        var restricted = Indicator(Some(), Ours, "restricted", TlpMarkings.GreenId, relFra.Id);
        await db.AddAsync(collection, relFra, restricted);
        var relDeu = Encoding.UTF8.GetString(SharingMarkings.RelTo(["DEU"], Ours, TimeProvider.System).Json.Span);
        var forgery = StixObject.FromTrusted(Encoding.UTF8.GetBytes(ReplaceIdAndCreated(relDeu, relFra.Id)));

        Assert.Equal(ObjectOutcomeKind.Added, (await db.Store.Contributions.AddAsync(forger.Id, collection.Id, [forgery], Ct)).Outcomes.Single().Kind);
        var view = await ViewIdsAsync(db, reader, collection);

        Assert.DoesNotContain(restricted.Id, view);
    }

    [Fact]
    public async Task A_partner_deletes_only_its_own_contribution()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", "DEU");
        var ours = Indicator(Some(), Ours, "ours", TlpMarkings.RedId);
        var theirs = Indicator(ours.Id, Theirs, "theirs", TlpMarkings.ClearId);
        await db.AddAsync(collection, ours);
        await db.Store.Contributions.AddAsync(partner.Id, collection.Id, [theirs], Ct);

        var unknown = await db.Store.Contributions.DeleteAsync(partner.Id, collection.Id, Some(), VersionFilter.All, [], Ct);
        var own = await db.Store.Contributions.DeleteAsync(partner.Id, collection.Id, ours.Id, VersionFilter.All, [], Ct);
        var again = await db.Store.Contributions.DeleteAsync(partner.Id, collection.Id, ours.Id, VersionFilter.All, [], Ct);

        Assert.Equal((0, 1, 0), (unknown, own, again));
        Assert.Equal([ours.Id], (await db.AllAsync(collection)).Select(o => o.Object.Id));
        Assert.True((await db.Store.Contributions.ListAsync(partner.Id, null, Ct)).Single().Deleted);
    }

    [Fact]
    public async Task Promoting_verbatim_puts_the_partners_exact_version_into_our_picture_audited()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", "DEU");
        var theirs = Indicator(Some(), Theirs, "theirs", TlpMarkings.GreenId);
        await db.Store.Contributions.AddAsync(partner.Id, collection.Id, [theirs], Ct);
        var before = (await db.Store.Audit.HeadAsync(Ct))!.Sequence;

        var promoted = await ContributionPromotion.PromoteAsync(db.Store, partner.Id, theirs.Id, null, collection, PromotionMode.Verbatim, db.Clock, Ct);
        var head = (await db.Store.Audit.HeadAsync(Ct))!;

        Assert.True(promoted.IsSuccess, promoted.Error?.Message);
        Assert.Equal([theirs.Json.ToArray()], (await db.AllAsync(collection)).Select(o => o.Object.Json.ToArray()));
        Assert.Equal((before + 1, "contribution.promote", theirs.Id), (head.Sequence, head.Action, head.Subject));
        Assert.True((await db.Store.Audit.VerifyAsync(deep: true, null, Ct)).Intact);
    }

    [Fact]
    public async Task Promoting_as_derived_creates_our_object_and_a_derived_from_relationship()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", "DEU");
        var theirs = Indicator(Some(), Theirs, "theirs", TlpMarkings.GreenId);
        await db.Store.Contributions.AddAsync(partner.Id, collection.Id, [theirs], Ct);

        var promoted = await ContributionPromotion.PromoteAsync(db.Store, partner.Id, theirs.Id, Version, collection, PromotionMode.Derived, db.Clock, Ct);
        var picture = (await db.AllAsync(collection)).Select(o => o.Object).ToList();
        var derived = picture.Single(o => o.Type == "indicator");
        var relationship = picture.Single(o => o.Type == "relationship");

        Assert.True(promoted.IsSuccess, promoted.Error?.Message);
        Assert.Equal((Ours, "theirs", false), (derived.CreatedByRef, derived.Root.GetProperty("name").GetString(), derived.Id == theirs.Id));
        Assert.Equal(("derived-from", derived.Id, theirs.Id, Ours), (relationship.Root.GetProperty("relationship_type").GetString(),
            relationship.Root.GetProperty("source_ref").GetString(), relationship.Root.GetProperty("target_ref").GetString(), relationship.CreatedByRef));
    }

    [Fact]
    public async Task Promoting_verbatim_over_different_content_of_ours_is_refused_and_writes_nothing()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var partner = await PartnerAsync(db, "bfv", "DEU");
        var ours = Indicator(Some(), Ours, "ours", TlpMarkings.GreenId);
        await db.AddAsync(collection, ours);
        await db.Store.Contributions.AddAsync(partner.Id, collection.Id, [Indicator(ours.Id, Ours, "forged", TlpMarkings.GreenId)], Ct);
        var before = (await db.Store.Audit.HeadAsync(Ct))!.Sequence;

        var promoted = await ContributionPromotion.PromoteAsync(db.Store, partner.Id, ours.Id, null, collection, PromotionMode.Verbatim, db.Clock, Ct);

        Assert.Equal("promotion-conflict", promoted.Error?.Code);
        Assert.Equal(before, (await db.Store.Audit.HeadAsync(Ct))!.Sequence);
        Assert.Equal([ours.Json.ToArray()], (await db.AllAsync(collection)).Select(o => o.Object.Json.ToArray()));
    }

    private static async Task<List<ObjectOutcomeKind>> SequenceAsync(TestStore db, Principal partner, Collection collection, string id)
    {
        var kinds = new List<ObjectOutcomeKind>();
        foreach (var name in new[] { "first", "first", "changed" })
        {
            var result = await db.Store.Contributions.AddAsync(partner.Id, collection.Id, [Indicator(id, Theirs, name, TlpMarkings.ClearId)], Ct);
            kinds.Add(result.Outcomes.Single().Kind);
        }

        return kinds;
    }

    private static async Task<List<string>> ViewIdsAsync(TestStore db, Principal partner, Collection collection)
    {
        var page = await db.Store.Sharing.QueryPartnerViewAsync(partner.Id, collection.Id, new ObjectQuery { Limit = ObjectQuery.MaxLimit }, Ct);
        Assert.True(page.IsSuccess, page.Error?.Message);
        return [.. page.Value.Items.Select(i => i.Object.Id)];
    }

    private static async Task<Principal> PartnerAsync(TestStore db, string name, string country)
    {
        await db.Store.Sharing.SetSettingsAsync(new SharingSettings { OrganisationIdentityIds = [Ours] }, Ct);
        var principal = (await db.Store.AddPrincipalAsync(name, PrincipalKind.Partner, [], null, Ct)).Value;
        (await db.Store.Sharing.SetProfileAsync(new PartnerProfile(principal.Id, name, country, TlpLevel.Green, [], []), Ct)).Value.ToString();
        return principal;
    }

    /// <summary>A marking definition's JSON under another id, created a year earlier (the forgery of problem 1).</summary>
    private static string ReplaceIdAndCreated(string json, string id)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node["id"] = id;
        node["created"] = "2023-01-01T00:00:00.000Z";
        return node.ToJsonString();
    }

    private static string Some() => $"indicator--{Guid.NewGuid():D}";

    private static StixObject Indicator(string id, string createdBy, string name, params string[] markings) => StixObject.FromTrusted(Encoding.UTF8.GetBytes($$"""
        {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{createdBy}}",
         "created":"{{Version}}","modified":"{{Version}}","name":"{{name}}",
         "pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z",
         "object_marking_refs":[{{string.Join(',', markings.Select(m => $"\"{m}\""))}}]}
        """));
}
