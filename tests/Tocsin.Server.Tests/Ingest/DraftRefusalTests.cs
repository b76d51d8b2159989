using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Ingest;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Tests.Ingest;

/// <summary>Bad input and missing rights: the right status, problem details, and nothing stored.</summary>
public sealed class DraftRefusalTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string German = "Der Anschlag auf die Konzerthalle bei Moskau wurde von der Terrormiliz verübt, sagten die Ermittler am Freitag. " +
        "Die Behörden haben die Sicherheitsmaßnahmen in der ganzen Stadt verschärft und die Bevölkerung zur Wachsamkeit aufgerufen.";

    public static TheoryData<string, int, string> BadInputs => new()
    {
        { "empty", 422, "empty-text" },
        { "binary", 422, "binary-content" },
        { "too-large", 413, "too-large" },
        { "unknown-encoding", 422, "unknown-encoding" },
        { "invalid-utf8", 422, "unknown-encoding" },
        { "german", 422, "unsupported-language" },
        { "no-source", 422, "invalid-input" },
        { "bad-date", 422, "invalid-input" },
        { "not-json", 400, "invalid-json" },
        { "form", 415, "unsupported-media-type" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_problem_details_and_nothing_is_stored(string input, int status, string code)
    {
        using var analyst = await AnalystAsync();
        var before = (await app.CountDraftsAsync(), await app.CountObjectsAsync("drafts"), await app.CountObjectsAsync("picture"));

        var response = await analyst.PostAsync(Url(input), Content(input), TestContext.Current.CancellationToken);

        var body = await HttpAssert.StatusAsync((HttpStatusCode)status, response, "application/problem+json");
        Assert.Equal((code, before), (JsonDocument.Parse(body).RootElement.GetProperty("code").GetString(),
            (await app.CountDraftsAsync(), await app.CountObjectsAsync("drafts"), await app.CountObjectsAsync("picture"))));
    }

    [Fact]
    public async Task A_watch_officer_may_read_drafts_but_not_create_them()
    {
        await app.AddUserAsync("wanda", Role.WatchOfficer, "pw");
        using var watch = app.CreateClient("wanda", "pw");

        var list = await watch.GetAsync("/api/v1/drafts", TestContext.Current.CancellationToken);
        var create = await watch.PostAsync("/api/v1/drafts", Reports.CrocusJson(), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, list);
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, create);
    }

    [Fact]
    public async Task A_watch_officer_may_not_accept_an_item()
    {
        await app.AddUserAsync("walter", Role.WatchOfficer, "pw");
        using var watch = app.CreateClient("walter", "pw");

        var response = await watch.PostAsync($"/api/v1/drafts/{Guid.NewGuid()}/items/location--1/accept", null, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response);
    }

    [Fact]
    public async Task An_admin_may_create_drafts()
    {
        await app.AddUserAsync("root", Role.Admin, "pw");
        using var admin = app.CreateClient("root", "pw");

        var response = await admin.PostAsync("/api/v1/drafts", Reports.CrocusJson(), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Created, response);
    }

    [Theory]
    [InlineData("GET", "/api/v1/drafts")]
    [InlineData("POST", "/api/v1/drafts")]
    public async Task Anonymous_requests_are_401(string method, string path)
    {
        using var anonymous = app.CreateClient();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, response);
    }

    [Fact]
    public async Task A_text_plain_report_with_query_parameters_is_drafted()
    {
        using var analyst = await AnalystAsync();

        var response = await analyst.PostAsync("/api/v1/drafts?source=AFP&published=2024-03-22", Plain(Reports.Crocus.Input.Text), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.Created, response);
    }

    private async Task<HttpClient> AnalystAsync()
    {
        var name = "ana-" + Guid.NewGuid().ToString("N")[..8];
        await app.AddUserAsync(name, Role.Analyst, "pw");
        return app.CreateClient(name, "pw");
    }

    private static string Url(string input) => input switch
    {
        "binary" or "too-large" or "unknown-encoding" or "invalid-utf8" => "/api/v1/drafts?source=AFP",
        _ => "/api/v1/drafts",
    };

    private static HttpContent Content(string input) => input switch
    {
        "empty" => Reports.Json("   \n "),
        "binary" => Bytes([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42], "text/plain"),
        "too-large" => Bytes(new byte[IngestLimits.MaxBytes + 1], "text/plain"),
        "unknown-encoding" => Bytes(Encoding.UTF8.GetBytes(Reports.Crocus.Input.Text), "text/plain; charset=klingon"),
        "invalid-utf8" => Bytes([.. Encoding.UTF8.GetBytes("Gunmen attacked a concert hall "), 0xC3, 0x28, 0xFF], "text/plain"),
        "german" => Reports.Json(German),
        "no-source" => Reports.Json(Reports.Crocus.Input.Text, source: " "),
        "bad-date" => Reports.Json(Reports.Crocus.Input.Text, published: "last Friday"),
        "not-json" => Bytes("{\"text\": "u8.ToArray(), "application/json"),
        "form" => new FormUrlEncodedContent([new("text", Reports.Crocus.Input.Text), new("source", "AFP")]),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    };

    private static ByteArrayContent Plain(string text) => Bytes(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
