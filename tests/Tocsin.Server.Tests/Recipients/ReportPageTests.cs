using System.Net;
using System.Text.Json;
using Tocsin.Server.Tests.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Recipients;

public sealed class ReportPageTests(RecipientApp app) : IClassFixture<RecipientApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_link_page_lists_the_measures_addressed_to_the_recipient_and_is_never_cached()
    {
        var hook = Some.Alias("rail");
        await app.AddSubscriberAsync(app.Receiver.Path(hook), ["transport"], ["operators"]);
        await app.ApprovePostureAsync(false, RecipientApp.Transport, RecipientApp.Energy);
        await WebhookApp.EventuallyAsync(() => Task.FromResult(app.Receiver.For(hook).Count > 0), "the posture message");
        var url = new Uri(JsonDocument.Parse(app.Receiver.For(hook)[0].Body).RootElement.GetProperty("report").GetProperty("url").GetString()!);
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri(url.AbsolutePath, UriKind.Relative), Ct);

        var html = await HttpAssert.StatusAsync(HttpStatusCode.OK, response, "text/html");
        Assert.Equal((true, false, true), (html.Contains($"id=\"measure-{RecipientApp.Transport}\"", StringComparison.Ordinal),
            html.Contains($"id=\"measure-{RecipientApp.Energy}\"", StringComparison.Ordinal), response.Headers.CacheControl?.NoStore));
    }

    [Fact]
    public async Task A_forged_link_is_refused_with_403()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/report/" + new string('A', 96), UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_stores_nothing()
    {
        var hook = Some.Alias("rail");
        await app.AddSubscriberAsync(app.Receiver.Path(hook), ["transport"], ["operators"]);
        var posture = await app.ApprovePostureAsync(false, RecipientApp.Transport);
        await WebhookApp.EventuallyAsync(() => Task.FromResult(app.Receiver.For(hook).Count > 0), "the posture message");
        var url = new Uri(JsonDocument.Parse(app.Receiver.For(hook)[0].Body).RootElement.GetProperty("report").GetProperty("url").GetString()!);
        using var client = app.CreateClient();

        var response = await client.PostAsync(new Uri(url.AbsolutePath, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "report",
            ["Form.Lines[0].Measure"] = RecipientApp.Transport,
            ["Form.Lines[0].Status"] = "implemented",
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var store = await app.OpenStoreAsync();
        Assert.Empty(await store.Recipients.ReportsAsync(posture.Id, latestOnly: false, Ct));
    }
}
