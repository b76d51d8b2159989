using System.Net;
using System.Text.Json;
using Tocsin.Core.Principals;

namespace Tocsin.Server.Tests.Webhooks;

/// <summary>What the dead-letter tests do through the API of a <see cref="WebhookApp"/>: make a dead letter at a real
/// receiver, read a subscriber's history, retry.</summary>
internal static class DeadLetterApi
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A subscriber whose receiver path fails every attempt the server makes before the letter dies, and
    /// answers 2xx after: returns the subscriber id, the receiver path's name and the dead delivery.</summary>
    public static async Task<(Guid Subscriber, string Name, JsonElement Dead)> DeadLetterAsync(WebhookApp app)
    {
        var name = Tocsin.Testing.Some.Alias("dead");
        var (id, _) = await app.AddSubscriberAsync(app.Receiver.Path(name, failures: WebhookApp.MaxAttempts));
        await app.PublishAsync();
        JsonElement dead = default;
        await WebhookApp.EventuallyAsync(async () =>
        {
            var items = (await GetAsync(app, $"/api/v1/subscribers/{id}/deliveries?state=dead")).GetProperty("items");
            dead = items.GetArrayLength() == 1 ? items[0].Clone() : default;
            return items.GetArrayLength() == 1;
        }, "the dead letter");
        return (id, name, dead);
    }

    public static async Task<JsonElement> GetAsync(WebhookApp app, string path)
    {
        using var client = app.CreateAdminClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        return JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, response)).RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> RetryAsync(WebhookApp app, Guid subscriber, string delivery)
    {
        using var client = app.CreateAdminClient();
        return await client.PostAsync(new Uri($"/api/v1/subscribers/{subscriber}/deliveries/{delivery}/retry", UriKind.Relative), null, Ct);
    }

    /// <summary>Adds a partner principal that signs in with Basic.</summary>
    public static async Task AddPartnerAsync(WebhookApp app, string name, string password)
    {
        await using var store = await app.OpenStoreAsync();
        (await store.AddPrincipalAsync(name, PrincipalKind.Partner, [], PasswordHasher.Hash(password, iterations: 1000), Ct)).Value.ToString();
    }
}
