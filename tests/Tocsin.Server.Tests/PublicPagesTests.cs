using System.Net;
using System.Text.Json;

namespace Tocsin.Server.Tests;

public sealed class PublicPagesTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task Health_reports_ok_as_json()
    {
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken), "application/json");

        Assert.Equal("ok", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Home_page_says_what_runs()
    {
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken), "text/html");

        Assert.Contains("Tocsin", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_path_is_a_problem_details_404()
    {
        using var client = app.CreateClient();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.NotFound, await client.GetAsync(new Uri("/no-such-page", UriKind.Relative), TestContext.Current.CancellationToken), "application/problem+json");

        Assert.Equal(404, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }
}
