using System.Net;
using System.Text.Json;
using Tocsin.Core.Principals;
using static Tocsin.Server.Tests.Webhooks.DeadLetterApi;

namespace Tocsin.Server.Tests.Webhooks;

/// <summary>A subscriber's delivery history, dead letters and retrying one, through the API against a real receiver.</summary>
public sealed class DeadLetterApiTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private const string Password = "dead-letter-password";

    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "" },
        { "GET", "/deliveries" },
        { "GET", "/deliveries/0190f3a0-0000-7000-8000-000000000001" },
        { "POST", "/deliveries/0190f3a0-0000-7000-8000-000000000001/retry" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Without_credentials_every_route_is_401(string method, string tail)
    {
        using var client = app.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/subscribers/{Guid.NewGuid()}{tail}"), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, response);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_analyst_and_a_partner_are_refused_every_route_with_403(string method, string tail)
    {
        var analyst = Tocsin.Testing.Some.Alias("analyst");
        var partner = Tocsin.Testing.Some.Alias("partner");
        await app.AddUserAsync(analyst, Role.Analyst, Password);
        await AddPartnerAsync(app, partner, Password);
        var (id, _, dead) = await DeadLetterAsync(app);
        var path = $"/api/v1/subscribers/{id}{tail.Replace("0190f3a0-0000-7000-8000-000000000001", dead.GetProperty("id").GetString(), StringComparison.Ordinal)}";

        foreach (var name in new[] { analyst, partner })
        {
            using var client = app.CreateClient(name, Password);
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Ct);
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response, "application/problem+json");
        }

        var after = await GetAsync(app, $"/api/v1/subscribers/{id}/deliveries/{dead.GetProperty("id").GetString()}");
        Assert.Equal("dead", after.GetProperty("delivery").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_subscriber_shows_its_deliveries_counted_by_state_and_never_its_secret()
    {
        var (id, _, _) = await DeadLetterAsync(app);

        var body = await GetAsync(app, $"/api/v1/subscribers/{id}");

        Assert.Equal((0, 0, 1, false), (body.GetProperty("deliveries").GetProperty("pending").GetInt32(),
            body.GetProperty("deliveries").GetProperty("delivered").GetInt32(), body.GetProperty("deliveries").GetProperty("dead").GetInt32(),
            body.GetProperty("subscriber").TryGetProperty("secret", out _)));
    }

    [Fact]
    public async Task A_retried_dead_letter_reaches_the_receiver_again_with_the_same_webhook_id()
    {
        var (id, name, dead) = await DeadLetterAsync(app);
        var deliveryId = dead.GetProperty("id").GetString()!;

        var retried = await RetryAsync(app, id, deliveryId);

        var body = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Accepted, retried)).RootElement;
        Assert.False(body.GetProperty("already_queued").GetBoolean());
        await WebhookApp.EventuallyAsync(async () => (await GetAsync(app, $"/api/v1/subscribers/{id}/deliveries/{deliveryId}"))
            .GetProperty("delivery").GetProperty("state").GetString() == "delivered", "the retried delivery");
        var details = await GetAsync(app, $"/api/v1/subscribers/{id}/deliveries/{deliveryId}");
        var received = app.Receiver.For(name);
        Assert.Equal((WebhookApp.MaxAttempts + 1, 1, deliveryId, WebhookApp.MaxAttempts + 1, "delivered"),
            (received.Count, received.Select(r => r.Id).Distinct().Count(), received[^1].Id,
                details.GetProperty("attempt_history").GetArrayLength(), details.GetProperty("attempt_history").EnumerateArray().Last().GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task A_retry_is_on_the_audit_log_naming_the_delivery()
    {
        var (id, _, dead) = await DeadLetterAsync(app);

        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, await RetryAsync(app, id, dead.GetProperty("id").GetString()!));

        var entries = (await GetAsync(app, $"/api/v1/audit/entries?action=subscriber.retry&subject={id}")).GetProperty("items");
        Assert.Contains(dead.GetProperty("id").GetString()!, Assert.Single(entries.EnumerateArray()).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrying_a_delivered_message_is_409_and_changes_nothing()
    {
        var name = Tocsin.Testing.Some.Alias("fine");
        var (id, _) = await app.AddSubscriberAsync(app.Receiver.Path(name));
        await app.PublishAsync();
        JsonElement delivered = default;
        await WebhookApp.EventuallyAsync(async () =>
        {
            var items = (await GetAsync(app, $"/api/v1/subscribers/{id}/deliveries?state=delivered")).GetProperty("items");
            delivered = items.GetArrayLength() == 1 ? items[0].Clone() : default;
            return items.GetArrayLength() == 1;
        }, "the delivery");

        var retried = await RetryAsync(app, id, delivered.GetProperty("id").GetString()!);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Conflict, retried, "application/problem+json")).RootElement;
        Assert.Equal(("delivery-not-dead", 1), (problem.GetProperty("code").GetString(), app.Receiver.For(name).Count));
    }

    [Fact]
    public async Task Retrying_into_a_removed_subscriber_is_409()
    {
        var (id, _, dead) = await DeadLetterAsync(app);
        using (var client = app.CreateAdminClient())
        {
            await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await client.DeleteAsync(new Uri($"/api/v1/subscribers/{id}", UriKind.Relative), Ct));
        }

        var retried = await RetryAsync(app, id, dead.GetProperty("id").GetString()!);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Conflict, retried, "application/problem+json")).RootElement;
        Assert.Equal("subscriber-removed", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/deliveries")]
    [InlineData("GET", "/deliveries/0190f3a0-0000-7000-8000-000000000001")]
    [InlineData("POST", "/deliveries/0190f3a0-0000-7000-8000-000000000001/retry")]
    public async Task An_unknown_subscriber_is_404(string method, string tail)
    {
        using var client = app.CreateAdminClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/subscribers/{Guid.NewGuid()}{tail}"), Ct);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response, "application/problem+json")).RootElement;
        Assert.Equal("subscriber-not-found", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/retry")]
    public async Task An_unknown_delivery_of_a_known_subscriber_is_404(string method, string tail)
    {
        var (id, _) = await app.AddSubscriberAsync(app.Receiver.Path(Tocsin.Testing.Some.Alias("none")));
        using var client = app.CreateAdminClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/subscribers/{id}/deliveries/{Guid.NewGuid()}{tail}"), Ct);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response, "application/problem+json")).RootElement;
        Assert.Equal("delivery-not-found", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("next=not-a-cursor")]
    [InlineData("next=AgAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("state=lost")]
    [InlineData("limit=0")]
    [InlineData("limit=201")]
    [InlineData("limit=ten")]
    public async Task A_bad_filter_or_cursor_is_400(string query)
    {
        var (id, _) = await app.AddSubscriberAsync(app.Receiver.Path(Tocsin.Testing.Some.Alias("filter")));
        using var client = app.CreateAdminClient();

        var response = await client.GetAsync(new Uri($"/api/v1/subscribers/{id}/deliveries?{query}", UriKind.Relative), Ct);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response, "application/problem+json")).RootElement;
        Assert.Equal("delivery-filter-invalid", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_history_pages_newest_first_with_an_opaque_cursor()
    {
        var name = Tocsin.Testing.Some.Alias("paged");
        var (id, _) = await app.AddSubscriberAsync(app.Receiver.Path(name));
        var published = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            published.Add((await app.PublishAsync()).Identifier);
            await WebhookApp.EventuallyAsync(() => Task.FromResult(app.Receiver.For(name).Count == published.Count), "the delivery");
        }

        var first = await GetAsync(app, $"/api/v1/subscribers/{id}/deliveries?limit=2");
        var second = await GetAsync(app, $"/api/v1/subscribers/{id}/deliveries?limit=2&next={first.GetProperty("next").GetString()}");

        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(d => d.GetProperty("publication").GetString()!).ToList();
        Assert.Equal((string.Join(' ', Enumerable.Reverse(published)), false), (string.Join(' ', seen), second.TryGetProperty("next", out _)));
    }
}
