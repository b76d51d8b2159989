using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Webhooks;
using Tocsin.Server.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Webhooks;

public sealed class SubscriberApiTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private static readonly Uri Subscribers = new("/api/v1/subscribers", UriKind.Relative);
    private static readonly Uri Acknowledgements = new("/api/v1/acknowledgements", UriKind.Relative);

    [Theory]
    [InlineData("ftp://203.0.113.7/hook", "webhook-url-invalid")]
    [InlineData("https://user:pw@203.0.113.7/hook", "webhook-url-invalid")]
    [InlineData("http://10.0.0.1/hook", "webhook-target-refused")]
    [InlineData("http://[::1]/hook", "webhook-target-refused")]
    public async Task A_refused_url_is_a_problem_and_adds_nobody(string url, string code)
    {
        using var client = app.CreateAdminClient();
        var before = await CountAsync();

        var response = await client.PostAsJsonAsync(Subscribers, new { name = Some.Alias("bad"), url }, TestContext.Current.CancellationToken);

        var body = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json")).RootElement;
        Assert.Equal((code, before), (body.GetProperty("code").GetString(), await CountAsync()));
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_and_adds_nobody()
    {
        using var client = app.CreateAdminClient();
        var before = await CountAsync();

        var response = await client.PostAsync(Subscribers, new StringContent("{\"name\": ", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response, "application/problem+json");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_unknown_territory_is_a_problem()
    {
        using var client = app.CreateAdminClient();

        var response = await client.PostAsJsonAsync(Subscribers, new { name = Some.Alias("t"), url = "https://203.0.113.7/h", territories = new[] { "FRA-D999" } }, TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json");
    }

    [Fact]
    public async Task A_watch_officer_may_not_add_subscribers()
    {
        var name = Some.Alias("watch");
        await app.AddUserAsync(name, Role.WatchOfficer, "pw");
        using var client = app.CreateClient(name, "pw");
        var before = await CountAsync();

        var response = await client.PostAsJsonAsync(Subscribers, new { name = Some.Alias("s"), url = "https://203.0.113.7/h" }, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Forbidden, before), (response.StatusCode, await CountAsync()));
    }

    [Fact]
    public async Task The_list_never_shows_secrets_and_a_removed_subscriber_leaves_it()
    {
        var (id, _) = await app.AddSubscriberAsync("https://203.0.113.7/list");
        using var client = app.CreateAdminClient();

        var removed = await client.DeleteAsync(new Uri($"/api/v1/subscribers/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        var list = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(Subscribers, TestContext.Current.CancellationToken));

        Assert.Equal((HttpStatusCode.NoContent, false, false), (removed.StatusCode, list.Contains("whsec_", StringComparison.Ordinal), list.Contains(id.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Removing_an_unknown_subscriber_is_404()
    {
        using var client = app.CreateAdminClient();

        var response = await client.DeleteAsync(new Uri($"/api/v1/subscribers/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response, "application/problem+json");
    }

    [Fact]
    public async Task A_signed_acknowledgement_is_recorded_and_shown_on_the_decision()
    {
        var path = Some.Alias("ack");
        var (id, secret) = await app.AddSubscriberAsync(app.Receiver.Path(path));
        var decision = Guid.NewGuid();
        var message = await app.PublishAsync(decisionId: decision);
        await WebhookApp.EventuallyAsync(() => Task.FromResult(app.Receiver.For(path).Count > 0), "the delivery");

        var response = await AcknowledgeAsync(id, secret, message.Identifier);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        using var client = app.CreateAdminClient();
        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri($"/api/v1/decisions/{decision}/deliveries", UriKind.Relative), TestContext.Current.CancellationToken));
        var delivery = JsonDocument.Parse(body).RootElement[0].GetProperty("deliveries").EnumerateArray().Single(d => d.GetProperty("subscriber_id").GetGuid() == id);
        Assert.Equal(JsonValueKind.String, delivery.GetProperty("acknowledged_at").ValueKind);
    }

    [Fact]
    public async Task An_acknowledgement_with_a_wrong_signature_is_refused()
    {
        var (id, _) = await app.AddSubscriberAsync(app.Receiver.Path(Some.Alias("forged")));
        var message = await app.PublishAsync();

        var response = await AcknowledgeAsync(id, WebhookSecret.Generate(), message.Identifier);

        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, response, "application/problem+json");
    }

    [Fact]
    public async Task An_acknowledgement_from_an_unknown_subscriber_is_refused()
    {
        var response = await AcknowledgeAsync(Guid.NewGuid(), WebhookSecret.Generate(), "tocsin-none");

        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, response, "application/problem+json");
    }

    [Fact]
    public async Task Secrets_are_not_in_the_database_file_and_the_key_file_is_private()
    {
        var (_, secret) = await app.AddSubscriberAsync("https://203.0.113.7/at-rest");

        var files = Directory.GetFiles(app.DataDirectory, "tocsin.db*").Select(File.ReadAllBytes).ToList();
        var key = Path.Combine(app.DataDirectory, WebhookSecretBox.KeyFileName);

        Assert.DoesNotContain(files, bytes => Encoding.ASCII.GetString(bytes).Contains(secret[6..], StringComparison.Ordinal));
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(key) == (UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    private async Task<HttpResponseMessage> AcknowledgeAsync(Guid subscriber, string secret, string identifier)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { subscriber, identifier }));
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var id = "ack_" + Guid.NewGuid().ToString("N");
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Acknowledgements) { Content = new ByteArrayContent(body) };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", WebhookSignature.Sign(WebhookSecret.KeyOf(secret), id, timestamp, body));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<int> CountAsync()
    {
        await using var store = await app.OpenStoreAsync();
        return (await store.Webhooks.ListSubscribersAsync(includeDisabled: true, CancellationToken.None)).Count;
    }
}
