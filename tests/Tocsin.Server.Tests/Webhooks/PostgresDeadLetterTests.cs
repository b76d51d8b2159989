using System.Net;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Webhooks.DeadLetterApi;

namespace Tocsin.Server.Tests.Webhooks;

/// <summary>Retrying a dead letter on PostgreSQL: the dispatcher of a server on a shared database picks the retried
/// delivery up and sends it with the same webhook-id.</summary>
public sealed class PostgresDeadLetterTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_retried_dead_letter_is_delivered_again_with_the_same_webhook_id_on_postgres()
    {
        var app = new WebhookApp { Database = "postgres:" + await postgres.CreateDatabaseAsync() };
        await app.InitializeAsync();
        try
        {
            var (id, name, dead) = await DeadLetterAsync(app);
            var deliveryId = dead.GetProperty("id").GetString()!;

            await HttpAssert.StatusAsync(HttpStatusCode.Accepted, await RetryAsync(app, id, deliveryId));

            await WebhookApp.EventuallyAsync(async () => (await GetAsync(app, $"/api/v1/subscribers/{id}/deliveries/{deliveryId}"))
                .GetProperty("delivery").GetProperty("state").GetString() == "delivered", "the retried delivery");
            var received = app.Receiver.For(name);
            Assert.Equal((WebhookApp.MaxAttempts + 1, deliveryId), (received.Count, Assert.Single(received.Select(r => r.Id).Distinct())));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
