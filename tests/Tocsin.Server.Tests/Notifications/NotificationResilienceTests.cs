using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Tocsin.Server.Tests.Plan;
using Tocsin.Server.Tests.Webhooks;

namespace Tocsin.Server.Tests.Notifications;

public sealed class NotificationResilienceTests
{
    private static KeyValuePair<string, string> Setting(string key, string value) => new(key, value);

    [Fact]
    public async Task A_proposal_is_recorded_while_the_mail_relay_is_down_and_its_email_waits_to_be_retried()
    {
        await using var app = TocsinApp.WithSettings(
            Setting("Tocsin:Notifications:Smtp:Host", "127.0.0.1"),
            Setting("Tocsin:Notifications:Smtp:Port", SmtpSink.FreePort().ToString(CultureInfo.InvariantCulture)),
            Setting("Tocsin:Notifications:Smtp:Tls", "None"),
            Setting("Tocsin:Notifications:Smtp:From", "tocsin@example.org"),
            Setting("Tocsin:Notifications:Approvers:0", "approver@example.org"),
            Setting("Tocsin:Notifications:Interval", "00:00:00.100"),
            Setting("Tocsin:Notifications:BaseDelay", "00:00:00.050"),
            Setting("Tocsin:Notifications:MaxDelay", "00:00:00.100"));
        var (analyst, approver) = await app.PlanClientsAsync();

        using var proposed = await analyst.ProposeAsync(PlanRequests.Proposal());
        var id = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.Created, proposed)).GetProperty("id").GetString();

        await WebhookApp.EventuallyAsync(async () =>
        {
            using var response = await approver.GetPathAsync($"/api/v1/decisions/{id}/notifications");
            var list = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, response));
            return list.GetArrayLength() == 1 && list[0].GetProperty("state").GetString() == "pending" && list[0].GetProperty("attempts").GetInt32() >= 2;
        }, "a pending e-mail retried");
    }

    [Theory]
    [InlineData("Tocsin:Notifications:Smtp:Host", "127.0.0.1", "Approvers")]
    [InlineData("Tocsin:Notifications:Approvers:0", "not an address", "Approvers")]
    [InlineData("Tocsin:Notifications:OnCallUrl", "ftp://pager.example.org/", "OnCallUrl")]
    [InlineData("Tocsin:Notifications:OnCallUrl", "https://pager.example.org/hook", "OnCallSecret")]
    [InlineData("Tocsin:Notifications:AcknowledgeWithin", "00:00:00", "AcknowledgeWithin")]
    public async Task A_bad_notification_setting_stops_the_server_naming_it(string key, string value, string member)
    {
        await using var app = TocsinApp.WithSettings(Setting(key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(member, failure.Message, StringComparison.Ordinal);
    }
}
