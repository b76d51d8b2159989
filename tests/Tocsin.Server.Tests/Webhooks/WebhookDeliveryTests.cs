using Tocsin.Testing;
using System.Text.Json;
using Tocsin.Core.Cap;
using Tocsin.Core.Webhooks;

namespace Tocsin.Server.Tests.Webhooks;

public sealed class WebhookDeliveryTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    [Fact]
    public async Task A_publication_reaches_the_subscriber_signed_and_the_signature_verifies()
    {
        var name = Some.Alias("signed");
        var (_, secret) = await app.AddSubscriberAsync(app.Receiver.Path(name));

        var message = await app.PublishAsync();

        await WebhookApp.EventuallyAsync(() => Task.FromResult(app.Receiver.For(name).Count > 0), "the delivery");
        var received = app.Receiver.For(name)[0];
        var verified = WebhookSignature.Verify(secret, received.Id, received.Timestamp, received.Signature, received.Body, TimeProvider.System.GetUtcNow(), WebhookSignature.DefaultTolerance);
        Assert.True(verified.IsSuccess, verified.Error?.Message);
        Assert.Equal(("application/cap+xml", Convert.ToBase64String(message.Xml.Span)), (received.ContentType, Convert.ToBase64String(received.Body)));
    }

    [Fact]
    public async Task A_delivered_body_carries_the_server_jws_that_verifies_against_the_published_keys()
    {
        var name = Some.Alias("jws");
        await app.AddSubscriberAsync(app.Receiver.Path(name));

        await app.PublishAsync();

        await WebhookApp.EventuallyAsync(() => Task.FromResult(app.Receiver.For(name).Count > 0), "the delivery");
        var received = app.Receiver.For(name)[0];
        using var client = app.CreateClient();
        var keys = Tocsin.Core.Signing.JsonWebKeySet.Read(await client.GetByteArrayAsync(
            new Uri("/.well-known/tocsin/keys.json", UriKind.Relative), TestContext.Current.CancellationToken)).Value;
        var verified = Tocsin.Core.Signing.DetachedJws.Verify(keys, received.Body, received.ServerSignature);
        Assert.True(verified.IsSuccess, verified.Error?.Message);
    }

    [Fact]
    public async Task A_failing_subscriber_is_retried_until_delivered()
    {
        var name = Some.Alias("flaky");
        await app.AddSubscriberAsync(app.Receiver.Path(name, failures: 2));

        var message = await app.PublishAsync();

        var delivery = await DeliveryOfAsync(message.Identifier, name, "delivered");
        var ids = app.Receiver.For(name).Select(r => r.Id).Distinct().Count();
        Assert.Equal((3, 1), (delivery.GetProperty("attempts").GetInt32(), ids));
    }

    [Fact]
    public async Task An_always_failing_subscriber_becomes_a_dead_letter_after_the_last_attempt()
    {
        var name = Some.Alias("down");
        await app.AddSubscriberAsync(app.Receiver.Path(name, failures: int.MaxValue));

        var message = await app.PublishAsync();

        var delivery = await DeliveryOfAsync(message.Identifier, name, "dead");
        Assert.Equal((WebhookApp.MaxAttempts, 503, WebhookApp.MaxAttempts),
            (delivery.GetProperty("attempts").GetInt32(), delivery.GetProperty("last_status").GetInt32(), app.Receiver.For(name).Count));
    }

    [Fact]
    public async Task An_exercise_goes_only_to_subscribers_who_opted_in()
    {
        var opted = Some.Alias("exercising");
        var other = Some.Alias("actual-only");
        await app.AddSubscriberAsync(app.Receiver.Path(opted), exercises: true);
        await app.AddSubscriberAsync(app.Receiver.Path(other));

        var message = await app.PublishAsync(CapStatus.Exercise);

        await DeliveryOfAsync(message.Identifier, opted, "delivered");
        Assert.Empty(app.Receiver.For(other));
    }

    [Fact]
    public async Task Territories_match_by_lineage()
    {
        var france = Some.Alias("fra");
        var britain = Some.Alias("gbr");
        await app.AddSubscriberAsync(app.Receiver.Path(france), territories: ["FRA"]);
        await app.AddSubscriberAsync(app.Receiver.Path(britain), territories: ["GBR"]);

        var message = await app.PublishAsync(territories: ["FRA-D75"]);

        await DeliveryOfAsync(message.Identifier, france, "delivered");
        Assert.Empty(app.Receiver.For(britain));
    }

    [Fact]
    public async Task Two_nodes_on_one_store_deliver_each_message_once()
    {
        var name = Some.Alias("shared");
        await app.AddSubscriberAsync(app.Receiver.Path(name), territories: ["BEL"]);
        app.StartNode();

        var messages = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            messages.Add((await app.PublishAsync(territories: ["BEL"])).Identifier);
        }

        await WebhookApp.EventuallyAsync(() => Task.FromResult(app.Receiver.For(name).Count >= 20), "20 deliveries");
        await Task.Delay(300, TestContext.Current.CancellationToken);
        var ids = app.Receiver.For(name).Select(r => r.Id).ToList();
        Assert.Equal((20, 20), (ids.Count, ids.Distinct().Count()));
    }

    /// <summary>Waits until the message's delivery to the subscriber at receiver path <paramref name="name"/> is in <paramref name="state"/>.</summary>
    private async Task<JsonElement> DeliveryOfAsync(string identifier, string name, string state)
    {
        JsonElement found = default;
        await WebhookApp.EventuallyAsync(async () =>
        {
            var deliveries = (await app.DeliveriesAsync(identifier)).GetProperty("deliveries").EnumerateArray().ToList();
            var subscribers = await SubscriberNamesAsync(name);
            found = deliveries.FirstOrDefault(d => subscribers.Contains(d.GetProperty("subscriber").GetString()!) && d.GetProperty("state").GetString() == state);
            return found.ValueKind == JsonValueKind.Object;
        }, $"{name} to be {state}");
        return found;
    }

    private async Task<HashSet<string>> SubscriberNamesAsync(string path)
    {
        await using var store = await app.OpenStoreAsync();
        var all = await store.Webhooks.ListSubscribersAsync(includeDisabled: true, CancellationToken.None);
        return [.. all.Where(s => s.Url.EndsWith("/hook/" + path, StringComparison.Ordinal)).Select(s => s.Name)];
    }
}
