using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Webhooks;
using Tocsin.Server.Tests.Plan;
using Tocsin.Server.Tests.Webhooks;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Notifications;

public sealed class ApproverNotificationTests(NotificationFixture fixture) : IClassFixture<NotificationFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_proposal_is_emailed_to_every_approver()
    {
        fixture.Sink.Require();
        var (analyst, _) = await fixture.App.PlanClientsAsync();

        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));

        await WebhookApp.EventuallyAsync(() => Task.FromResult(fixture.Sink.About(id).Count > 0), "the approvers' e-mail");
        var mail = fixture.Sink.About(id).Single();
        Assert.Equal(
            ($"{NotificationFixture.FirstApprover} {NotificationFixture.SecondApprover}", true),
            (string.Join(' ', mail.To.Mailboxes.Select(m => m.Address)), mail.Subject!.Contains("Approval needed", StringComparison.Ordinal) && mail.TextBody!.Contains($"/decisions/{id}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_proposal_pages_the_on_call_webhook_signed_with_its_secret()
    {
        fixture.Sink.Require();
        var (analyst, _) = await fixture.App.PlanClientsAsync();

        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D13"));

        var page = await OnCallPageAsync(id, "decision.proposed");
        Assert.True(WebhookSignature.Verify(fixture.OnCallSecret, page.Id, page.Timestamp, page.Signature, page.Body, TimeProvider.System.GetUtcNow(), WebhookSignature.DefaultTolerance).IsSuccess);
    }

    [Fact]
    public async Task A_cancellation_awaiting_approval_is_announced_too()
    {
        fixture.Sink.Require();
        var decision = await fixture.App.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D69"));
        var id = decision.GetProperty("id").GetString()!;
        var (analyst, _) = await fixture.App.PlanClientsAsync();

        using var cancelled = await analyst.ActAsync(id, "cancel", new { reason = "Menace réévaluée." });

        await HttpAssert.StatusAsync(HttpStatusCode.OK, cancelled);
        await WebhookApp.EventuallyAsync(() => Task.FromResult(fixture.Sink.About(id).Any(m => m.Subject!.Contains("Cancellation needs approval", StringComparison.Ordinal))),
            "the cancellation e-mail");
    }

    [Fact]
    public async Task Each_notification_is_listed_with_its_delivery_state()
    {
        fixture.Sink.Require();
        var (analyst, approver) = await fixture.App.PlanClientsAsync();
        var id = await analyst.ProposedIdAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D31"));

        var states = new List<string>();
        await WebhookApp.EventuallyAsync(async () =>
        {
            var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.GetPathAsync($"/api/v1/decisions/{id}/notifications")));
            states = [.. body.EnumerateArray().Select(n => $"{n.GetProperty("channel").GetString()} {n.GetProperty("state").GetString()}").Order(StringComparer.Ordinal)];
            return states.All(s => s.EndsWith("delivered", StringComparison.Ordinal)) && states.Count == 2;
        }, "both notifications delivered");

        Assert.Equal(["email delivered", "webhook delivered"], states);
    }

    [Fact]
    public async Task A_subscriber_that_does_not_acknowledge_is_listed_and_escalated_once()
    {
        fixture.Sink.Require();
        var admin = Some.Alias("admin");
        await fixture.App.AddUserAsync(admin, Role.Admin, TocsinApp.PlanPassword);
        using var adminClient = fixture.App.CreateClient(admin, TocsinApp.PlanPassword);
        var subscriber = Some.Alias("prefecture");
        using var added = await adminClient.PostAsJsonAsync(new Uri("/api/v1/subscribers", UriKind.Relative),
            new { name = subscriber, url = fixture.Receiver.Path(subscriber), territories = new[] { "FRA-D2B" }, exercises = false }, Ct);
        await HttpAssert.StatusAsync(HttpStatusCode.Created, added);

        var decision = await fixture.App.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D2B"));
        var id = decision.GetProperty("id").GetString()!;

        await WebhookApp.EventuallyAsync(() => Task.FromResult(fixture.Sink.About(id).Any(m => m.Subject!.Contains(subscriber, StringComparison.Ordinal))), "the escalation e-mail");
        await Task.Delay(TimeSpan.FromSeconds(1), Ct); // several more passes of the loop
        var silent = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await adminClient.GetPathAsync($"/api/v1/decisions/{id}/unacknowledged")));
        Assert.Equal((1, subscriber), (fixture.Sink.About(id).Count(m => m.Subject!.Contains(subscriber, StringComparison.Ordinal)), silent[0].GetProperty("subscriberName").GetString()));
    }

    private async Task<WebhookReceiver.Received> OnCallPageAsync(string decisionId, string type)
    {
        WebhookReceiver.Received? found = null;
        await WebhookApp.EventuallyAsync(() =>
        {
            found = fixture.Receiver.For("on-call").FirstOrDefault(r =>
            {
                var body = JsonDocument.Parse(r.Body).RootElement;
                return body.GetProperty("decision").GetString() == decisionId && body.GetProperty("type").GetString() == type;
            });
            return Task.FromResult(found is not null);
        }, "the on-call page");
        return found!;
    }
}
