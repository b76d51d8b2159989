using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Sharing;

/// <summary>The tearline room's reads over the API: who would receive a tearline before it is released (the partners' own
/// view computation, so it is exactly who receives it over TAXII once released), one request with its texts, and the
/// released tearlines; each refuses bad input with a problem, changes nothing, and answers a withheld original as an
/// unknown one.</summary>
public sealed class TearlineRoomApiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Password = "correct horse";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Scenario(string Alias, Collection Collection, string ActorId, HttpClient Analyst, HttpClient Approver, HttpClient Admin);

    [Fact]
    public async Task Who_receives_it_is_who_receives_the_released_tearline_over_taxii()
    {
        var s = await ScenarioAsync();
        var (green, greenTaxii) = await PartnerAsync(s, "FRA", "green");
        var (clear, clearTaxii) = await PartnerAsync(s, "RUS", "clear");
        using var greenClient = greenTaxii;
        using var clearClient = clearTaxii;
        var before = await app.CountObjectsAsync(s.Alias);

        var audience = await AudienceAsync(s.Analyst, $"?object={s.ActorId}&collection={s.Alias}&release=green");
        var storedByAsking = await app.CountObjectsAsync(s.Alias) - before;
        var released = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, await s.Analyst.PostAsJsonAsync(Url("/api/v1/tearlines"),
            new { objectId = s.ActorId, collection = s.Alias, release = "green", texts = new { name = "A regional branch", aliases = new[] { "the branch" } }, omit = new[] { "description" } },
            Ct))).RootElement.GetProperty("id").GetString()!;
        var greenGets = await HttpAssert.StatusAsync(HttpStatusCode.OK, await greenClient.GetAsync(Objects(s.Collection, string.Empty), Ct));
        var clearGets = await HttpAssert.StatusAsync(HttpStatusCode.OK, await clearClient.GetAsync(Objects(s.Collection, string.Empty), Ct));

        Assert.Equal((0, (true, (string?)null), (false, (string?)"above-ceiling"), true, false),
            (storedByAsking, Row(audience, green), Row(audience, clear), greenGets.Contains(released, StringComparison.Ordinal), clearGets.Contains(released, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Who_receives_it_refuses_bad_input_with_problems()
    {
        var s = await ScenarioAsync();
        using var anonymous = app.CreateClient();

        var badLevel = await s.Analyst.GetAsync(Url($"/api/v1/tearlines/audience?object={s.ActorId}&collection={s.Alias}&release=purple"), Ct);
        var unknownObject = await s.Analyst.GetAsync(Url($"/api/v1/tearlines/audience?object=threat-actor--{Guid.NewGuid():D}&collection={s.Alias}&release=green"), Ct);
        var noObject = await s.Analyst.GetAsync(Url($"/api/v1/tearlines/audience?collection={s.Alias}&release=green"), Ct);
        var byApprover = await s.Approver.GetAsync(Url($"/api/v1/tearlines/audience?object={s.ActorId}&collection={s.Alias}&release=green"), Ct);
        var byAnonymous = await anonymous.GetAsync(Url($"/api/v1/tearlines/audience?object={s.ActorId}&collection={s.Alias}&release=green"), Ct);

        Assert.Equal(
            (HttpStatusCode.UnprocessableEntity, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, "application/problem+json"),
            (badLevel.StatusCode, unknownObject.StatusCode, noObject.StatusCode, byApprover.StatusCode, byAnonymous.StatusCode, badLevel.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task A_request_reads_back_with_its_texts_and_once_approved_its_tearline_is_listed()
    {
        var s = await ScenarioAsync();
        var requestId = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Accepted, await s.Analyst.PostAsJsonAsync(Url("/api/v1/tearlines"),
            new { objectId = s.ActorId, collection = s.Alias, release = "green", texts = new { aliases = new[] { "the branch" } }, omit = new[] { "description" }, asItStands = new[] { "name" } },
            Ct))).RootElement.GetProperty("requestId").GetString()!;

        var pending = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await s.Approver.GetAsync(Url($"/api/v1/tearlines/requests/{requestId}"), Ct), "application/json")).RootElement;
        var approved = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await s.Approver.PostAsJsonAsync(Url($"/api/v1/tearlines/requests/{requestId}/approve"), new { }, Ct))).RootElement.GetProperty("id").GetString()!;
        var released = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await s.Approver.GetAsync(Url($"/api/v1/tearlines/requests/{requestId}"), Ct))).RootElement;
        var listed = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await s.Analyst.GetAsync(Url("/api/v1/tearlines"), Ct))).RootElement
            .EnumerateArray().Single(t => t.GetProperty("id").GetString() == approved);

        Assert.Equal(("pending", "the branch", "name", "released", approved, s.ActorId, "ISIS-K"),
            (pending.GetProperty("status").GetString(), pending.GetProperty("texts").GetProperty("aliases")[0].GetString(), pending.GetProperty("asTheyStand")[0].GetString(),
             released.GetProperty("status").GetString(), released.GetProperty("tearlineId").GetString(), listed.GetProperty("derivedFromId").GetString(),
             listed.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_unknown_request_is_404_and_a_partner_or_a_watch_officer_may_not_read_requests()
    {
        var s = await ScenarioAsync();
        var partner = Some.Alias("partner");
        await app.AddPartnerWithPasswordAsync(partner, Password);
        using var partnerClient = app.CreateClient(partner, Password);
        var watch = Some.Alias("watch");
        await app.AddUserAsync(watch, Role.WatchOfficer, Password);
        using var watchClient = app.CreateClient(watch, Password);

        var unknown = await s.Approver.GetAsync(Url($"/api/v1/tearlines/requests/{Guid.NewGuid():D}"), Ct);
        var byPartner = await partnerClient.GetAsync(Url("/api/v1/tearlines"), Ct);
        var byWatch = await watchClient.GetAsync(Url($"/api/v1/tearlines/requests/{Guid.NewGuid():D}"), Ct);

        Assert.Equal((HttpStatusCode.NotFound, "tearline-request-not-found", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (unknown.StatusCode, Code(await unknown.Content.ReadAsStringAsync(Ct)), byPartner.StatusCode, byWatch.StatusCode));
    }

    [Fact]
    public async Task An_original_over_the_clearance_is_answered_as_an_unknown_one()
    {
        await using var classified = TocsinApp.WithSettings();
        await classified.SetOrganisationAsync(Ours);
        var store = classified.Services.GetRequiredService<ITocsinStore>();
        var alias = Some.Alias("picture");
        var secret = ClassificationMarkings.Create(SharingMarkingKind.Classification, "SECRET", Ours, TimeProvider.System);
        var actorId = $"threat-actor--{Guid.NewGuid():D}";
        await classified.SeedObjectsAsync(alias, ClassificationMarkings.ExtensionDefinition.Root.GetRawText(), secret.Root.GetRawText(), Actor(actorId, secret.Id));
        var collection = await classified.EnsureCollectionAsync(alias);
        using var low = await ClearedAsync(classified, Role.Analyst, collection, null);
        using var cleared = await ClearedAsync(classified, Role.Analyst, collection, "SECRET");
        using var lowApprover = await ClearedAsync(classified, Role.Approver, collection, null);
        var unknownId = $"threat-actor--{Guid.NewGuid():D}";
        var requestId = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Accepted, await cleared.PostAsJsonAsync(Url("/api/v1/tearlines"),
            new { objectId = actorId, collection = alias, release = "green", texts = new { aliases = new[] { "the branch" } }, omit = new[] { "description" }, asItStands = new[] { "name" } },
            Ct))).RootElement.GetProperty("requestId").GetString()!;

        var withheld = await low.GetAsync(Url($"/api/v1/tearlines/audience?object={actorId}&collection={alias}&release=green"), Ct);
        var unknown = await low.GetAsync(Url($"/api/v1/tearlines/audience?object={unknownId}&collection={alias}&release=green"), Ct);
        var withheldRequest = await lowApprover.GetAsync(Url($"/api/v1/tearlines/requests/{requestId}"), Ct);
        var clearedAudience = await cleared.GetAsync(Url($"/api/v1/tearlines/audience?object={actorId}&collection={alias}&release=green"), Ct);

        Assert.Equal((HttpStatusCode.NotFound, Code(await unknown.Content.ReadAsStringAsync(Ct)), HttpStatusCode.NotFound, HttpStatusCode.OK),
            (withheld.StatusCode, Code(await withheld.Content.ReadAsStringAsync(Ct)), withheldRequest.StatusCode, clearedAudience.StatusCode));
    }

    private async Task<Scenario> ScenarioAsync()
    {
        await app.SetOrganisationAsync(Ours);
        var alias = Some.Alias("picture");
        var actorId = $"threat-actor--{Guid.NewGuid():D}";
        await app.SeedObjectsAsync(alias, Actor(actorId, null));
        var collection = await app.EnsureCollectionAsync(alias);
        var admin = Some.Alias("admin");
        await app.AddUserAsync(admin, Role.Admin, Password);
        return new Scenario(alias, collection, actorId, await UserAsync(Role.Analyst, collection, CollectionRights.Read | CollectionRights.Write),
            await UserAsync(Role.Approver, collection, CollectionRights.Read), app.CreateClient(admin, Password));
    }

    private async Task<HttpClient> UserAsync(Role role, Collection collection, CollectionRights rights) =>
        (await app.AddClearedUserAsync(role, collection, rights, null, Password)).Client;

    private static async Task<HttpClient> ClearedAsync(TocsinApp on, Role role, Collection collection, string? level) =>
        (await on.AddClearedUserAsync(role, collection, role == Role.Analyst ? CollectionRights.Read | CollectionRights.Write : CollectionRights.Read,
            level, Password)).Client;

    /// <summary>A new partner (through the API) with a Read grant on the scenario's collection, and a TAXII client using its key.</summary>
    private async Task<(string Name, HttpClient Taxii)> PartnerAsync(Scenario s, string country, string ceiling)
    {
        var name = Some.Alias("partner");
        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await s.Admin.PostAsJsonAsync(Url("/api/v1/partners"), new { name, country, ceiling }, Ct))).RootElement;
        await app.GrantAsync(s.Collection, name, CollectionRights.Read);
        return (name, app.CreateTaxiiClient(created.GetProperty("apiKey").GetString()!, string.Empty));
    }

    private static async Task<JsonElement> AudienceAsync(HttpClient client, string query) =>
        JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(Url("/api/v1/tearlines/audience" + query), Ct), "application/json")).RootElement;

    private static (bool, string?) Row(JsonElement audience, string partner) =>
        audience.GetProperty("partners").EnumerateArray().Where(p => p.GetProperty("partner").GetString() == partner)
            .Select(p => (p.GetProperty("receives").GetBoolean(), p.GetProperty("reason").GetString())).Single();

    private static string? Code(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("code").GetString();

    private static Uri Url(string path) => new(path, UriKind.Relative);

    // An AMBER threat actor of ours, optionally also under a further marking.
    private static string Actor(string id, string? marking) => $$"""
        {"type":"threat-actor","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}","created":"2024-03-22T10:00:00.000Z",
         "modified":"2024-03-22T10:00:00.000Z","name":"ISIS-K","aliases":["ISKP","ISIL-K"],
         "description":"HUMINT source CASTOR, inside the Strasbourg cell, reports a courier travelling to Paris.",
         "object_marking_refs":["{{TlpMarkings.AmberId}}"{{(marking is null ? string.Empty : $",\"{marking}\"")}}]}
        """;
}
