using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Sharing;

/// <summary>a tearline is written, not copied; releasing text as it stands takes a second
/// person with the approver role; and a tearline is written only into a collection the analyst may write.</summary>
public sealed class TearlineReleaseTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Password = "correct horse";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Scenario(string Alias, string ActorId, HttpClient Analyst, HttpClient Approver, HttpClient SecondAnalyst);

    private async Task<Scenario> ScenarioAsync(CollectionRights analystRights = CollectionRights.Read | CollectionRights.Write)
    {
        await app.SetOrganisationAsync(Ours);
        var alias = Some.Alias("picture");
        var actorId = $"threat-actor--{Guid.NewGuid():D}";
        await app.SeedObjectsAsync(alias, $$"""
            {"type":"threat-actor","spec_version":"2.1","id":"{{actorId}}","created_by_ref":"{{Ours}}","created":"2024-03-22T10:00:00.000Z",
             "modified":"2024-03-22T10:00:00.000Z","name":"ISIS-K","aliases":["ISKP","ISIL-K"],
             "description":"HUMINT source CASTOR, inside the Strasbourg cell, reports a courier travelling to Paris.",
             "object_marking_refs":["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"]}
            """);
        var collection = await app.EnsureCollectionAsync(alias);
        var analyst = await UserAsync(Role.Analyst, collection, analystRights);
        var approver = await UserAsync(Role.Approver, collection, CollectionRights.Read);
        var second = await UserAsync(Role.Analyst, collection, CollectionRights.Read | CollectionRights.Write);
        return new Scenario(alias, actorId, analyst, approver, second);
    }

    private async Task<HttpClient> UserAsync(Role role, Tocsin.Storage.Collection collection, CollectionRights rights)
    {
        var name = Some.Alias(role.ToString().ToLowerInvariant());
        await app.AddUserAsync(name, role, Password);
        if (rights != CollectionRights.None)
        {
            await app.GrantAsync(collection, name, rights);
        }

        return app.CreateClient(name, Password);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Ct);

    private static object Body(Scenario s, object texts, string[]? omit = null, string[]? asItStands = null) =>
        new { objectId = s.ActorId, collection = s.Alias, release = "green", texts, omit, asItStands };

    [Fact]
    public async Task A_tearline_without_released_text_is_refused()
    {
        var s = await ScenarioAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await PostAsync(s.Analyst, "/api/v1/tearlines",
            new { objectId = s.ActorId, collection = s.Alias, release = "green" }), "application/problem+json");

        Assert.Contains("tearline-text-missing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_restricted_description_copied_word_for_word_is_refused()
    {
        var s = await ScenarioAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await PostAsync(s.Analyst, "/api/v1/tearlines", Body(s,
            new { name = "Afghan branch of the Islamic State", aliases = new[] { "Khorasan branch" }, description = "HUMINT source CASTOR, inside the Strasbourg cell, reports a courier travelling to Paris." })),
            "application/problem+json");

        Assert.Contains("tearline-text-copied", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_copy_differing_only_in_case_spacing_and_punctuation_is_refused()
    {
        var s = await ScenarioAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await PostAsync(s.Analyst, "/api/v1/tearlines", Body(s,
            new { name = "isis k", aliases = new[] { "Khorasan branch" } }, omit: ["description"])), "application/problem+json");

        Assert.Contains("The released name matches", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_written_tearline_is_released_with_the_analysts_text_only()
    {
        var s = await ScenarioAsync();

        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, await PostAsync(s.Analyst, "/api/v1/tearlines", Body(s,
            new { name = "Afghan branch of the Islamic State", aliases = new[] { "Khorasan branch" }, description = "A network planning attacks in France." })))).RootElement;
        var stored = await app.FindObjectAsync(s.Alias, created.GetProperty("id").GetString()!);

        Assert.Equal(("Afghan branch of the Islamic State", "A network planning attacks in France.", false),
            (stored!.Root.GetProperty("name").GetString(), stored.Root.GetProperty("description").GetString(), stored.Json.ToArray().AsSpan().IndexOf("CASTOR"u8) >= 0));
    }

    [Fact]
    public async Task Releasing_a_property_as_it_stands_waits_for_a_second_person()
    {
        var s = await ScenarioAsync();

        var pending = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Accepted, await PostAsync(s.Analyst, "/api/v1/tearlines",
            Body(s, new { aliases = new[] { "Khorasan branch" } }, omit: ["description"], asItStands: ["name"])))).RootElement;
        var requestId = pending.GetProperty("requestId").GetString();

        var bySelf = await PostAsync(s.Analyst, $"/api/v1/tearlines/requests/{requestId}/approve", new { });
        var byAnalyst = await PostAsync(s.SecondAnalyst, $"/api/v1/tearlines/requests/{requestId}/approve", new { });
        var approved = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, await PostAsync(s.Approver, $"/api/v1/tearlines/requests/{requestId}/approve", new { }))).RootElement;
        var stored = await app.FindObjectAsync(s.Alias, approved.GetProperty("id").GetString()!);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, "ISIS-K"), (bySelf.StatusCode, byAnalyst.StatusCode, stored!.Root.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_approved_request_cannot_be_approved_again()
    {
        var s = await ScenarioAsync();
        var pending = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Accepted, await PostAsync(s.Analyst, "/api/v1/tearlines",
            Body(s, new { aliases = new[] { "Khorasan branch" } }, omit: ["description"], asItStands: ["name"])))).RootElement;
        var requestId = pending.GetProperty("requestId").GetString();
        await PostAsync(s.Approver, $"/api/v1/tearlines/requests/{requestId}/approve", new { });

        var again = await PostAsync(s.Approver, $"/api/v1/tearlines/requests/{requestId}/approve", new { });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_analyst_without_a_grant_gets_the_same_404_as_for_an_unknown_collection()
    {
        var s = await ScenarioAsync(CollectionRights.None);

        var ungranted = await PostAsync(s.Analyst, "/api/v1/tearlines", Body(s, new { name = "A", aliases = new[] { "B" } }, omit: ["description"]));
        var unknown = await PostAsync(s.Analyst, "/api/v1/tearlines", new { objectId = s.ActorId, collection = Some.Alias("nowhere"), release = "green", texts = new { name = "A" } });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (ungranted.StatusCode, unknown.StatusCode));
        Assert.Equal(1, await app.CountObjectsAsync(s.Alias));
    }

    [Fact]
    public async Task An_analyst_with_a_read_grant_only_is_forbidden()
    {
        var s = await ScenarioAsync(CollectionRights.Read);

        var response = await PostAsync(s.Analyst, "/api/v1/tearlines", Body(s, new { name = "A", aliases = new[] { "B" } }, omit: ["description"]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
