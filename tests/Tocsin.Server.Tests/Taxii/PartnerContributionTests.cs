using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

/// <summary>Partner writes through TAXII are the partner's contribution, never a change to our picture
/// (docs/sharing.md "Partner contributions"): each attack below worked against the picture before.</summary>
public sealed class PartnerContributionTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Version = "2024-03-22T18:00:00.000Z";
    private const string Later = "2024-03-25T09:00:00.000Z";
    private const string Password = "correct horse";

    [Fact]
    public async Task A_partners_forged_marking_definition_lifts_no_releasability_restriction()
    {

        var scenario = await ScenarioAsync();
        var relFra = SharingMarkings.RelTo(["FRA"], Ours, TimeProvider.System);
        var restricted = Id("indicator");
        await app.SeedObjectsAsync(scenario.Collection.Alias, Encoding.UTF8.GetString(relFra.Json.Span), Indicator(restricted, Version, "phone", TlpMarkings.GreenId, relFra.Id));
        using var forger = await PartnerAsync(scenario, "DEU", CollectionRights.Read | CollectionRights.Write);
        using var reader = await PartnerAsync(scenario, "DEU", CollectionRights.Read);
        var forgery = JsonNode.Parse(SharingMarkings.RelTo(["DEU"], Ours, TimeProvider.System).Json.Span)!.AsObject();
        forgery["id"] = relFra.Id;
        forgery["created"] = "2020-01-01T00:00:00.000Z";

        var posted = await PostAsync(forger, scenario.Collection, Envelope(forgery.ToJsonString()));
        var afterForgery = Ids(await GetAsync(reader, Objects(scenario.Collection)));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await forger.DeleteAsync(Objects(scenario.Collection, relFra.Id + "/"), Ct));
        var afterDelete = Ids(await GetAsync(reader, Objects(scenario.Collection)));

        Assert.Equal(1, posted.GetProperty("success_count").GetInt32());
        Assert.DoesNotContain(restricted, afterForgery);
        Assert.DoesNotContain(restricted, afterDelete);
    }

    [Fact]
    public async Task A_partner_cannot_delete_an_object_it_cannot_see_and_is_answered_as_for_an_unknown_id()
    {

        var scenario = await ScenarioAsync();
        var (clear, red, relationship) = (Id("indicator"), Id("indicator"), Id("relationship"));
        await app.SeedObjectsAsync(scenario.Collection.Alias, Indicator(clear, Version, "clear", TlpMarkings.ClearId), Indicator(red, Version, "red", TlpMarkings.RedId),
            Relationship(relationship, clear, red, TlpMarkings.ClearId));
        using var partner = await PartnerAsync(scenario, "FRA", CollectionRights.Read | CollectionRights.Write);

        var unknown = await partner.DeleteAsync(Objects(scenario.Collection, Id("indicator") + "/"), Ct);
        var known = await partner.DeleteAsync(Objects(scenario.Collection, red + "/"), Ct);
        var view = Ids(await GetAsync(partner, Objects(scenario.Collection)));

        Assert.Equal((await ErrorAsync(HttpStatusCode.NotFound, unknown)).GetRawText(), (await ErrorAsync(HttpStatusCode.NotFound, known)).GetRawText());
        Assert.NotNull(await app.FindObjectAsync(scenario.Collection.Alias, red));
        Assert.DoesNotContain(relationship, view);
    }

    [Fact]
    public async Task A_partners_later_version_of_our_object_never_reaches_our_picture_or_another_partner()
    {
        // "instrumentalisation or distortion"
        var scenario = await ScenarioAsync();
        var actor = Id("threat-actor");
        await app.SeedObjectsAsync(scenario.Collection.Alias, ThreatActor(actor, Version, "ISIS-K"));
        using var writer = await PartnerAsync(scenario, "RUS", CollectionRights.Read | CollectionRights.Write);
        using var reader = await PartnerAsync(scenario, "DEU", CollectionRights.Read);

        var posted = await PostAsync(writer, scenario.Collection, Envelope(ThreatActor(actor, Later, "Ukrainian special services")));
        var served = Names(await GetAsync(reader, Objects(scenario.Collection, actor + "/?match[version]=all")));

        Assert.Equal(1, posted.GetProperty("success_count").GetInt32());
        Assert.Equal(["ISIS-K"], served);
        Assert.Equal("ISIS-K", (await app.FindObjectAsync(scenario.Collection.Alias, actor))!.Root.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_post_answers_for_a_known_id_exactly_as_for_an_unknown_one()
    {
        // the existence oracle
        var scenario = await ScenarioAsync();
        var known = Id("indicator");
        await app.SeedObjectsAsync(scenario.Collection.Alias, Indicator(known, Version, "secret", TlpMarkings.RedId));
        using var partner = await PartnerAsync(scenario, "FRA", CollectionRights.Write);
        var unknown = Id("indicator");

        var forKnown = await PostAndNormaliseAsync(partner, scenario.Collection, known);
        var forUnknown = await PostAndNormaliseAsync(partner, scenario.Collection, unknown);

        Assert.Equal(forUnknown, forKnown);
    }

    [Fact]
    public async Task A_partners_own_clear_version_of_a_red_id_reveals_no_relationship_to_it()
    {
        // rule 8 looks at our versions only
        var scenario = await ScenarioAsync();
        var (clear, red, relationship) = (Id("indicator"), Id("indicator"), Id("relationship"));
        await app.SeedObjectsAsync(scenario.Collection.Alias, Indicator(clear, Version, "clear", TlpMarkings.ClearId), Indicator(red, Version, "red", TlpMarkings.RedId),
            Relationship(relationship, clear, red, TlpMarkings.ClearId));
        using var partner = await PartnerAsync(scenario, "FRA", CollectionRights.Read | CollectionRights.Write);

        await PostAsync(partner, scenario.Collection, Envelope(Indicator(red, Later, "mine", TlpMarkings.ClearId)));
        var view = Ids(await GetAsync(partner, Objects(scenario.Collection)));

        Assert.Contains(red, view);
        Assert.DoesNotContain(relationship, view);
    }

    [Fact]
    public async Task A_contribution_is_served_back_to_its_partner_only_and_deleted_by_it()
    {
        var scenario = await ScenarioAsync();
        using var author = await PartnerAsync(scenario, "DEU", CollectionRights.Read | CollectionRights.Write);
        using var other = await PartnerAsync(scenario, "DEU", CollectionRights.Read);
        var contributed = Id("indicator");

        await PostAsync(author, scenario.Collection, Envelope(Indicator(contributed, Version, "tip", TlpMarkings.ClearId)));
        var authorView = Ids(await GetAsync(author, Objects(scenario.Collection)));
        var otherView = Ids(await GetAsync(other, Objects(scenario.Collection)));
        var analystView = Ids(await GetAsync(scenario.Analyst, Objects(scenario.Collection)));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await author.DeleteAsync(Objects(scenario.Collection, contributed + "/"), Ct));
        var afterDelete = Ids(await GetAsync(author, Objects(scenario.Collection)));

        Assert.Equal((contributed, 0, 0, 0), (authorView.Single(), otherView.Count, analystView.Count, afterDelete.Count));
    }

    // ---- the scenario ----

    private sealed record Scenario(Collection Collection, HttpClient Admin, HttpClient Analyst);

    private async Task<Scenario> ScenarioAsync()
    {
        await app.SetOrganisationAsync(Ours);
        var collection = await app.SeedCollectionAsync();
        var adminName = Some.Alias("admin");
        var analystName = Some.Alias("analyst");
        await app.AddUserAsync(adminName, Role.Admin, Password);
        await app.AddUserAsync(analystName, Role.Analyst, Password);
        await app.GrantAsync(collection, analystName, CollectionRights.Read | CollectionRights.Write);
        return new Scenario(collection, app.CreateClient(adminName, Password), app.CreateTaxiiClient(analystName, Password));
    }

    private async Task<HttpClient> PartnerAsync(Scenario scenario, string country, CollectionRights rights)
    {
        var name = Some.Alias("partner");
        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await scenario.Admin.PostAsJsonAsync(Url("/api/v1/partners"), new { name, country, ceiling = "green" }, Ct))).RootElement;
        await app.GrantAsync(scenario.Collection, name, rights);
        return app.CreateTaxiiClient(created.GetProperty("apiKey").GetString()!, string.Empty);
    }

    /// <summary>The status of posting a CLEAR indicator under <paramref name="id"/>, then the same with other content: ids
    /// and times (which differ by nature) replaced.</summary>
    private static async Task<string> PostAndNormaliseAsync(HttpClient partner, Collection collection, string id)
    {
        var statuses = new List<string>();
        foreach (var name in new[] { "first", "first", "changed" })
        {
            var status = JsonNode.Parse((await PostAsync(partner, collection, Envelope(Indicator(id, Version, name, TlpMarkings.ClearId)))).GetRawText())!.AsObject();
            status.Remove("id");
            status.Remove("request_timestamp");
            statuses.Add(status.ToJsonString().Replace(id, "ID", StringComparison.Ordinal));
        }

        return string.Join('\n', statuses);
    }

    private static List<string> Names(JsonElement envelope) =>
        [.. envelope.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("name").GetString()!)];

    private static string Id(string type) => $"{type}--{Guid.NewGuid():D}";

    private static string Indicator(string id, string modified, string name, params string[] markings) => $$"""
        {"type":"indicator","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"{{Version}}","modified":"{{modified}}",
         "name":"{{name}}","pattern":"[ipv4-addr:value = '198.51.100.7']","pattern_type":"stix","valid_from":"2024-03-22T00:00:00Z"{{Marked(markings)}}}
        """;

    private static string ThreatActor(string id, string modified, string name) => $$"""
        {"type":"threat-actor","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"{{Version}}","modified":"{{modified}}",
         "name":"{{name}}","threat_actor_types":["terrorist"]{{Marked([TlpMarkings.GreenId])}}}
        """;

    private static string Relationship(string id, string source, string target, params string[] markings) => $$"""
        {"type":"relationship","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"{{Version}}","modified":"{{Version}}",
         "relationship_type":"related-to","source_ref":"{{source}}","target_ref":"{{target}}"{{Marked(markings)}}}
        """;

    private static string Marked(string[] markings) =>
        markings.Length == 0 ? string.Empty : ",\"object_marking_refs\":[" + string.Join(',', markings.Select(m => $"\"{m}\"")) + "]";
}
