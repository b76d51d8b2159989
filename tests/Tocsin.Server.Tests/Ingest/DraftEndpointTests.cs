using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage;

namespace Tocsin.Server.Tests.Ingest;

public sealed class DraftEndpointTests(TocsinApp app) : IClassFixture<TocsinApp>, IAsyncLifetime
{
    private const string OrganizationId = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private HttpClient _analyst = null!;

    public async ValueTask InitializeAsync()
    {
        var name = "ana-" + Guid.NewGuid().ToString("N")[..8];
        await app.AddUserAsync(name, Role.Analyst, "pw");
        await app.GrantAsync(await app.EnsureCollectionAsync("picture"), name, CollectionRights.Read | CollectionRights.Write);
        _analyst = app.CreateClient(name, "pw");
    }

    public ValueTask DisposeAsync()
    {
        _analyst.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Creating_a_draft_returns_its_items_with_spans_into_the_text()
    {
        var response = await _analyst.PostAsync("/api/v1/drafts", Reports.CrocusJson(), TestContext.Current.CancellationToken);

        var draft = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, response, "application/json")).RootElement;
        var text = draft.GetProperty("text").GetString()!;
        var actor = draft.GetProperty("items").EnumerateArray().First(i => i.GetProperty("field").GetString() == "actor");
        var span = actor.GetProperty("spans")[0];
        Assert.Equal("Islamic State", text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task A_draft_is_stored_in_the_drafts_collection_and_never_in_the_picture()
    {
        var picture = await app.CountObjectsAsync("picture");

        var response = await _analyst.PostAsync("/api/v1/drafts", Reports.CrocusJson(), TestContext.Current.CancellationToken);

        var draft = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, response)).RootElement;
        Assert.Equal((true, picture), (await app.FindObjectAsync("drafts", draft.GetProperty("reportId").GetString()!) is not null,
            await app.CountObjectsAsync("picture")));
    }

    [Fact]
    public async Task A_draft_can_be_read_back_and_is_listed()
    {
        var created = await CreateAsync();
        var id = created.GetProperty("id").GetString();

        var one = await _analyst.GetAsync($"/api/v1/drafts/{id}", TestContext.Current.CancellationToken);
        var list = await _analyst.GetAsync("/api/v1/drafts", TestContext.Current.CancellationToken);

        var listed = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, list)).RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString());
        Assert.Equal((created.GetProperty("text").GetString(), true),
            (JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, one)).RootElement.GetProperty("text").GetString(), listed.Contains(id)));
    }

    [Fact]
    public async Task Accepting_an_item_writes_it_to_the_picture_as_created_by_our_organisation_with_the_report()
    {
        var draft = await CreateAsync();
        var itemId = Reports.ItemId(draft, "location");

        var response = await _analyst.PostAsync(AcceptUrl(draft, itemId), null, TestContext.Current.CancellationToken);

        var item = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, response)).RootElement;
        var stored = await app.FindObjectAsync("picture", itemId);
        var report = await app.FindObjectAsync("picture", draft.GetProperty("reportId").GetString()!);
        Assert.Equal(("accepted", OrganizationId, false, true),
            (item.GetProperty("status").GetString(), stored?.CreatedByRef, StixValidator.HasErrors(StixValidator.Validate(stored!)), report is not null));
    }

    [Fact]
    public async Task An_accepted_version_is_newer_than_the_drafted_one()
    {
        var draft = await CreateAsync();
        var itemId = Reports.ItemId(draft, "location");

        await _analyst.PostAsync(AcceptUrl(draft, itemId), null, TestContext.Current.CancellationToken);

        Assert.True((await app.FindObjectAsync("picture", itemId))!.Modified > (await app.FindObjectAsync("drafts", itemId))!.Modified);
    }

    [Fact]
    public async Task Accepting_a_claim_with_a_grade_replaces_the_placeholder_and_sets_confidence()
    {
        var draft = await CreateAsync();
        var claimId = Reports.ItemId(draft, "claim");

        var response = await _analyst.PostAsync(AcceptUrl(draft, claimId), JsonContent.Create(new { grade = "B2" }), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        var stored = (await app.FindObjectAsync("picture", claimId))!.Root;
        var assertion = stored.GetProperty("extensions").GetProperty(TocsinExtensions.AssertionId);
        Assert.Equal(("B", 2, 70), (assertion.GetProperty("source_reliability").GetString(), assertion.GetProperty("information_credibility").GetInt32(),
            stored.GetProperty("confidence").GetInt32()));
    }

    [Fact]
    public async Task A_corrected_object_is_accepted_as_corrected()
    {
        var draft = await CreateAsync();
        var itemId = Reports.ItemId(draft, "location");
        var drafted = JsonNodeOf(await app.FindObjectAsync("drafts", itemId));
        drafted["description"] = "Checked by the analyst";

        var response = await _analyst.PostAsync(AcceptUrl(draft, itemId), JsonContent.Create(new { @object = drafted }), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("Checked by the analyst", (await app.FindObjectAsync("picture", itemId))!.Root.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_correction_with_another_id_is_refused_and_nothing_is_written()
    {
        var draft = await CreateAsync();
        var itemId = Reports.ItemId(draft, "location");
        var drafted = JsonNodeOf(await app.FindObjectAsync("drafts", itemId));
        drafted["id"] = "location--" + Guid.NewGuid().ToString("D");
        var picture = await app.CountObjectsAsync("picture");

        var response = await _analyst.PostAsync(AcceptUrl(draft, itemId), JsonContent.Create(new { @object = drafted }), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json");
        Assert.Equal(picture, await app.CountObjectsAsync("picture"));
    }

    [Fact]
    public async Task Dropping_an_item_writes_nothing_to_the_picture()
    {
        var draft = await CreateAsync();
        var itemId = Reports.ItemId(draft, "location");

        var response = await _analyst.PostAsync(DropUrl(draft, itemId), null, TestContext.Current.CancellationToken);

        var item = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, response)).RootElement;
        Assert.Equal(("dropped", null), (item.GetProperty("status").GetString(), await app.FindObjectAsync("picture", itemId)));
    }

    [Fact]
    public async Task An_item_is_reviewed_once()
    {
        var draft = await CreateAsync();
        var itemId = Reports.ItemId(draft, "location");
        await _analyst.PostAsync(DropUrl(draft, itemId), null, TestContext.Current.CancellationToken);

        var response = await _analyst.PostAsync(AcceptUrl(draft, itemId), null, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, response, "application/problem+json");
    }

    [Fact]
    public async Task An_unknown_draft_is_404()
    {
        var response = await _analyst.GetAsync($"/api/v1/drafts/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response, "application/problem+json");
    }

    [Fact]
    public async Task A_cross_site_browser_request_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/drafts") { Content = Reports.CrocusJson() };
        request.Headers.Add("Origin", "https://elsewhere.example");

        var response = await _analyst.SendAsync(request, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response, "application/problem+json");
    }

    private async Task<JsonElement> CreateAsync()
    {
        var response = await _analyst.PostAsync("/api/v1/drafts", Reports.CrocusJson(), TestContext.Current.CancellationToken);
        return JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, response)).RootElement;
    }

    private static System.Text.Json.Nodes.JsonObject JsonNodeOf(StixObject? stixObject) =>
        System.Text.Json.Nodes.JsonNode.Parse(stixObject!.Json.Span)!.AsObject();

    private static string AcceptUrl(JsonElement draft, string itemId) => $"/api/v1/drafts/{draft.GetProperty("id").GetString()}/items/{itemId}/accept";

    private static string DropUrl(JsonElement draft, string itemId) => $"/api/v1/drafts/{draft.GetProperty("id").GetString()}/items/{itemId}/drop";
}
