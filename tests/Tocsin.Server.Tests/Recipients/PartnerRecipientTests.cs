using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Server.Tests.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Recipients;

/// <summary>Partners as recipients: a partner's sectors and groups, and subscribers delivering for a partner.</summary>
public sealed class PartnerRecipientTests(RecipientApp app) : IClassFixture<RecipientApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_subscriber_delivering_for_a_transport_partner_gets_its_restricted_measure_and_one_for_an_energy_partner_does_not()
    {
        var (railHook, gridHook) = (Some.Alias("rail"), Some.Alias("grid"));
        var (rail, grid) = (Some.Alias("rail"), Some.Alias("grid"));
        await AddPartnerAsync(rail, ["transport"], ["operators"]);
        await AddPartnerAsync(grid, ["energy"], ["operators"]);
        await AddSubscriberForAsync(railHook, rail);
        await AddSubscriberForAsync(gridHook, grid);

        await app.ApprovePostureAsync(false, RecipientApp.Transport);

        await WebhookApp.EventuallyAsync(() => Task.FromResult(app.Receiver.For(railHook).Count > 0), "the posture message");
        var measures = JsonDocument.Parse(app.Receiver.For(railHook)[0].Body).RootElement.GetProperty("measures").EnumerateArray()
            .Select(m => m.GetProperty("id").GetString());
        Assert.Equal([RecipientApp.Transport], measures);
        Assert.Empty(app.Receiver.For(gridHook));
    }

    [Fact]
    public async Task An_unknown_sector_on_a_partner_is_refused_by_name_and_no_partner_is_added()
    {
        using var client = app.CreateClient(app.Admin);
        var name = Some.Alias("partner");

        var response = await client.PostAsJsonAsync("/api/v1/partners",
            new { name, country = "FRA", ceiling = "green", sectors = new[] { "railways" } }, Ct);

        Assert.Contains("'railways'", await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/v1/partners/{name}", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_partners_sectors_are_changed_and_shown()
    {
        var name = Some.Alias("partner");
        await AddPartnerAsync(name, ["transport"], []);
        using var client = app.CreateClient(app.Admin);

        var response = await client.PatchAsJsonAsync($"/api/v1/partners/{name}", new { sectors = new[] { "water" }, groups = new[] { "operators" } }, Ct);

        var body = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, response)).RootElement;
        Assert.Equal(("water", "operators"), (body.GetProperty("sectors")[0].GetString(), body.GetProperty("groups")[0].GetString()));
    }

    [Fact]
    public async Task A_subscriber_for_an_unknown_partner_is_refused_by_name_and_not_added()
    {
        var name = Some.Alias("sub");

        var response = await PostSubscriberAsync(new { name, url = app.Receiver.Path(name), partner = "nobody-such" });

        Assert.Contains("'nobody-such'", await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response), StringComparison.Ordinal);
        await AssertNotListedAsync(name);
    }

    [Fact]
    public async Task A_subscriber_naming_both_a_partner_and_its_own_sectors_is_refused_and_not_added()
    {
        var (partner, name) = (Some.Alias("partner"), Some.Alias("sub"));
        await AddPartnerAsync(partner, ["transport"], []);

        var response = await PostSubscriberAsync(new { name, url = app.Receiver.Path(name), partner, sectors = new[] { "energy" } });

        Assert.Contains("subscriber-partner-and-terms", await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response), StringComparison.Ordinal);
        await AssertNotListedAsync(name);
    }

    private async Task AddPartnerAsync(string name, string[] sectors, string[] groups)
    {
        using var client = app.CreateClient(app.Admin);
        var response = await client.PostAsJsonAsync("/api/v1/partners", new { name, country = "FRA", ceiling = "green", sectors, groups }, Ct);
        await HttpAssert.StatusAsync(HttpStatusCode.Created, response);
    }

    private async Task AddSubscriberForAsync(string hook, string partner)
    {
        var response = await PostSubscriberAsync(new { name = Some.Alias("sub"), url = app.Receiver.Path(hook), partner });
        var body = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, response)).RootElement;
        Assert.Equal(partner, body.GetProperty("partner").GetString());
    }

    private async Task<HttpResponseMessage> PostSubscriberAsync(object body)
    {
        using var client = app.CreateClient(app.Admin);
        return await client.PostAsJsonAsync("/api/v1/subscribers", body, Ct);
    }

    private async Task AssertNotListedAsync(string name)
    {
        using var client = app.CreateClient(app.Admin);
        Assert.DoesNotContain(name, await client.GetStringAsync(new Uri("/api/v1/subscribers", UriKind.Relative), Ct), StringComparison.Ordinal);
    }
}
