using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Webhooks;
using Tocsin.Server.Recipients;
using Tocsin.Server.Tests.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Recipients;

public sealed class PostureDeliveryTests(RecipientApp app) : IClassFixture<RecipientApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_restricted_transport_measure_reaches_the_transport_operator_signed_and_no_one_else()
    {
        var (operatorHook, healthHook) = (Some.Alias("rail"), Some.Alias("hospital"));
        var (_, secret) = await app.AddSubscriberAsync(app.Receiver.Path(operatorHook), ["transport"], ["operators"]);
        await app.AddSubscriberAsync(app.Receiver.Path(healthHook), ["health"], ["operators"]);

        var posture = await app.ApprovePostureAsync(false, RecipientApp.Transport);

        var received = await ReceivedAsync(operatorHook, posture.Id);
        var verified = WebhookSignature.Verify(secret, received.Id, received.Timestamp, received.Signature, received.Body, TimeProvider.System.GetUtcNow(),
            WebhookSignature.DefaultTolerance);
        Assert.True(verified.IsSuccess, verified.Error?.Message);
        Assert.Equal(("application/json", RecipientApp.Transport), (received.ContentType, string.Join(' ', MeasureIds(received))));
        Assert.Empty(app.Receiver.For(healthHook));
    }

    [Fact]
    public async Task Each_recipient_receives_only_the_measures_addressed_to_it()
    {
        var (railHook, gridHook) = (Some.Alias("rail"), Some.Alias("grid"));
        await app.AddSubscriberAsync(app.Receiver.Path(railHook), ["transport"], ["operators"]);
        await app.AddSubscriberAsync(app.Receiver.Path(gridHook), ["energy"], ["operators"]);

        var posture = await app.ApprovePostureAsync(false, RecipientApp.Transport, RecipientApp.Energy);

        Assert.Equal((RecipientApp.Transport, RecipientApp.Energy),
            (string.Join(' ', MeasureIds(await ReceivedAsync(railHook, posture.Id))), string.Join(' ', MeasureIds(await ReceivedAsync(gridHook, posture.Id)))));
    }

    [Fact]
    public async Task An_exercise_posture_goes_only_to_recipients_who_opted_in()
    {
        var (opted, other) = (Some.Alias("drill"), Some.Alias("live-only"));
        await app.AddSubscriberAsync(app.Receiver.Path(opted), ["transport"], ["operators"], exercises: true);
        await app.AddSubscriberAsync(app.Receiver.Path(other), ["transport"], ["operators"]);

        var posture = await app.ApprovePostureAsync(true, RecipientApp.Transport);

        // Both hooks are new, but a live posture approved by another test of the class may be fanned out after they
        // were added, and rightly reach the live-only one: only this exercise posture must not.
        await WebhookApp.EventuallyAsync(() => Task.FromResult(Of(opted, posture.Id).Count > 0), "the exercise posture message");
        Assert.Empty(Of(other, posture.Id));
    }

    [Fact]
    public async Task A_report_through_the_link_appears_in_the_coverage()
    {
        var hook = Some.Alias("rail");
        var (id, _) = await app.AddSubscriberAsync(app.Receiver.Path(hook), ["transport"], ["operators"]);
        var posture = await app.ApprovePostureAsync(false, RecipientApp.Transport);
        var token = TokenOf(await ReceivedAsync(hook, posture.Id));

        var response = await PostReportAsync(posture.Id, token, RecipientApp.Transport, "partial");

        await HttpAssert.StatusAsync(HttpStatusCode.Created, response);
        var coverage = await CoverageAsync(posture.Id);
        var transport = coverage.GetProperty("by_sector").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "transport");
        var recipient = coverage.GetProperty("recipients").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal((1, 1, false), (transport.GetProperty("partial").GetInt32(), recipient.GetProperty("answered").GetInt32(),
            coverage.GetProperty("not_answered").EnumerateArray().Any(r => r.GetProperty("id").GetGuid() == id)));
    }

    [Fact]
    public async Task A_forged_token_is_refused_and_nothing_is_stored()
    {
        var hook = Some.Alias("rail");
        await app.AddSubscriberAsync(app.Receiver.Path(hook), ["transport"], ["operators"]);
        var posture = await app.ApprovePostureAsync(false, RecipientApp.Transport);
        var token = TokenOf(await ReceivedAsync(hook, posture.Id));
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        var response = await PostReportAsync(posture.Id, forged, RecipientApp.Transport, "implemented");

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response);
        Assert.Equal(0, (await CoverageAsync(posture.Id)).GetProperty("total").GetProperty("implemented").GetInt32());
    }

    [Fact]
    public async Task A_token_for_another_posture_is_refused()
    {
        var hook = Some.Alias("rail");
        await app.AddSubscriberAsync(app.Receiver.Path(hook), ["transport"], ["operators"]);
        var posture = await app.ApprovePostureAsync(false, RecipientApp.Transport);
        var token = TokenOf(await ReceivedAsync(hook, posture.Id));
        var other = await app.ApprovePostureAsync(false, RecipientApp.Energy);

        var response = await PostReportAsync(other.Id, token, RecipientApp.Energy, "implemented");

        Assert.Contains("report-link-mismatch", await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_on_a_measure_not_addressed_to_the_recipient_is_refused_by_name_and_nothing_is_stored()
    {
        var hook = Some.Alias("rail");
        await app.AddSubscriberAsync(app.Receiver.Path(hook), ["transport"], ["operators"]);
        var posture = await app.ApprovePostureAsync(false, RecipientApp.Transport, RecipientApp.Energy);
        var token = TokenOf(await ReceivedAsync(hook, posture.Id));

        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/postures/{posture.Id}/reports")
        {
            Content = JsonContent.Create(new
            {
                reports = new[]
                {
                    new { measure = RecipientApp.Transport, status = "implemented", comment = "" },
                    new { measure = RecipientApp.Energy, status = "implemented", comment = "" },
                },
            }),
        };
        request.Headers.Add(RecipientEndpoints.TokenHeader, token);
        var response = await client.SendAsync(request, Ct);

        Assert.Contains($"'{RecipientApp.Energy}'", await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response), StringComparison.Ordinal);
        Assert.Equal(0, (await CoverageAsync(posture.Id)).GetProperty("total").GetProperty("implemented").GetInt32());
    }

    [Fact]
    public async Task A_reminder_goes_only_to_recipients_who_have_not_answered()
    {
        var (answered, silent) = (Some.Alias("rail"), Some.Alias("metro"));
        await app.AddSubscriberAsync(app.Receiver.Path(answered), ["transport"], ["operators"]);
        await app.AddSubscriberAsync(app.Receiver.Path(silent), ["transport"], ["operators"]);
        var posture = await app.ApprovePostureAsync(false, RecipientApp.Transport);
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await PostReportAsync(posture.Id, TokenOf(await ReceivedAsync(answered, posture.Id)), RecipientApp.Transport, "implemented"));
        await ReceivedAsync(silent, posture.Id);

        using var analyst = app.CreateClient(app.Analyst);
        var reminded = await analyst.PostAsync(new Uri($"/api/v1/postures/{posture.Id}/reminders", UriKind.Relative), null, Ct);

        Assert.True(JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, reminded)).RootElement.GetProperty("queued").GetInt32() >= 1);
        // Only this posture's messages count: a change to an earlier test's posture, followed after these subscribers
        // were added, reaches them too.
        await WebhookApp.EventuallyAsync(() => Task.FromResult(Of(silent, posture.Id).Count == 2), "the reminder");
        Assert.Equal(("tocsin.posture.reminder", 1),
            (JsonDocument.Parse(Of(silent, posture.Id)[1].Body).RootElement.GetProperty("type").GetString(), Of(answered, posture.Id).Count));
    }

    private List<WebhookReceiver.Received> Of(string hook, Guid postureId) =>
        [.. app.Receiver.For(hook).Where(r => JsonDocument.Parse(r.Body).RootElement.TryGetProperty("posture", out var p)
            && p.TryGetProperty("id", out var id) && id.GetString() == postureId.ToString("D"))];

    [Fact]
    public async Task An_unknown_sector_is_refused_by_name_and_no_subscriber_is_added()
    {
        using var client = app.CreateClient(app.Admin);
        var name = Some.Alias("sub");

        var response = await client.PostAsJsonAsync("/api/v1/subscribers",
            new { name, url = app.Receiver.Path(name), sectors = new[] { "railways" } }, Ct);

        Assert.Contains("'railways'", await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response), StringComparison.Ordinal);
        Assert.DoesNotContain(name, await client.GetStringAsync(new Uri("/api/v1/subscribers", UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_changes_a_subscribers_sectors_and_groups()
    {
        var (id, _) = await app.AddSubscriberAsync(app.Receiver.Path(Some.Alias("x")), ["transport"], []);
        using var client = app.CreateClient(app.Admin);

        var response = await client.PutAsJsonAsync($"/api/v1/subscribers/{id}/recipient", new { sectors = new[] { "water" }, groups = new[] { "prefects" } }, Ct);

        var body = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, response)).RootElement;
        Assert.Equal(("water", "prefects"), (body.GetProperty("sectors")[0].GetString(), body.GetProperty("groups")[0].GetString()));
    }

    [Fact]
    public async Task Coverage_is_for_staff_only()
    {
        var posture = await app.ApprovePostureAsync(false, RecipientApp.Transport);
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri($"/api/v1/postures/{posture.Id}/coverage", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // The first message of this posture: a posture approved by another test of the class, fanned out after this
    // hook was added, may reach it too, and first.
    private async Task<WebhookReceiver.Received> ReceivedAsync(string hook, Guid postureId)
    {
        await WebhookApp.EventuallyAsync(() => Task.FromResult(Of(hook, postureId).Count > 0), "the posture message");
        return Of(hook, postureId)[0];
    }

    private static IEnumerable<string> MeasureIds(WebhookReceiver.Received received) =>
        JsonDocument.Parse(received.Body).RootElement.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("id").GetString()!);

    private static string TokenOf(WebhookReceiver.Received received)
    {
        var url = JsonDocument.Parse(received.Body).RootElement.GetProperty("report").GetProperty("url").GetString()!;
        return url[(url.LastIndexOf('/') + 1)..];
    }

    private async Task<HttpResponseMessage> PostReportAsync(Guid posture, string token, string measure, string status)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/postures/{posture}/reports")
        {
            Content = JsonContent.Create(new { reports = new[] { new { measure, status, comment = "checked" } } }),
        };
        request.Headers.Add(RecipientEndpoints.TokenHeader, token);
        return await client.SendAsync(request, Ct);
    }

    private async Task<JsonElement> CoverageAsync(Guid posture)
    {
        using var analyst = app.CreateClient(app.Analyst);
        var response = await analyst.GetAsync(new Uri($"/api/v1/postures/{posture}/coverage", UriKind.Relative), Ct);
        return JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, response)).RootElement;
    }
}
