using System.Globalization;
using Tocsin.Core.Webhooks;
using Tocsin.Server.Tests.Webhooks;

namespace Tocsin.Server.Tests.Notifications;

/// <summary>A server that e-mails two approvers through a real local SMTP server and pages an on-call receiver,
/// polling every 100 ms and escalating after one second without acknowledgement.</summary>
public sealed class NotificationFixture : IAsyncLifetime
{
    public const string FirstApprover = "duty-approver@example.org";
    public const string SecondApprover = "deputy-approver@example.org";

    public SmtpSink Sink { get; private set; } = null!;

    public WebhookReceiver Receiver { get; private set; } = null!;

    public TocsinApp App { get; private set; } = null!;

    public string OnCallSecret { get; } = WebhookSecret.Generate();

    public async ValueTask InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        Receiver = await WebhookReceiver.StartAsync();
        App = TocsinApp.WithSettings(
            new("Tocsin:Notifications:Smtp:Host", "127.0.0.1"),
            new("Tocsin:Notifications:Smtp:Port", Sink.Port.ToString(CultureInfo.InvariantCulture)),
            new("Tocsin:Notifications:Smtp:Tls", "None"),
            new("Tocsin:Notifications:Smtp:From", "Tocsin <tocsin@example.org>"),
            new("Tocsin:Notifications:Approvers:0", FirstApprover),
            new("Tocsin:Notifications:Approvers:1", SecondApprover),
            new("Tocsin:Notifications:OnCallUrl", Receiver.Path("on-call")),
            new("Tocsin:Notifications:OnCallSecret", OnCallSecret),
            new("Tocsin:Notifications:Interval", "00:00:00.100"),
            new("Tocsin:Notifications:AcknowledgeWithin", "00:00:01"),
            new("Tocsin:Webhooks:AllowList:0", "127.0.0.1"),
            new("Tocsin:Webhooks:DispatchInterval", "00:00:00.050"));
        App.CreateClient().Dispose(); // starts the host and its background loops
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Receiver.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
