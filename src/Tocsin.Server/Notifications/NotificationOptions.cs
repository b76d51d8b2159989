using System.ComponentModel.DataAnnotations;

namespace Tocsin.Server.Notifications;

/// <summary>Who is told when a decision needs a second person or a subscriber stays silent, section
/// <c>Tocsin:Notifications</c>; validated at start (<see cref="NotificationOptionsValidator"/>). Each channel is on
/// once configured: e-mail with <see cref="SmtpSettings.Host"/> and at least one approver address, the on-call
/// webhook with its URL and secret.</summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Notifications";

    /// <summary>The SMTP relay.</summary>
    public SmtpSettings Smtp { get; init; } = new();

    /// <summary>Approvers' e-mail addresses (principals hold no address): every notification goes to all of them.</summary>
    public List<string> Approvers { get; init; } = [];

    /// <summary>The on-call paging webhook (absolute http or https URL); off while empty. A target on loopback or a
    /// private network must be on <c>Tocsin:Webhooks:AllowList</c>, as for subscribers.</summary>
    public string? OnCallUrl { get; set; }

    /// <summary>The on-call webhook's signing secret, Standard Webhooks form (<c>whsec_</c> and base64 of 24–64 bytes).</summary>
    public string? OnCallSecret { get; set; }

    /// <summary>How long a subscriber has to acknowledge a published decision before it is escalated.</summary>
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often queued notifications and unacknowledged deliveries are looked for.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts before a notification becomes a dead letter, the first included.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Upper bound of the first retry wait.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Ceiling of any retry wait.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Timeout of one SMTP conversation or webhook POST.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>True when e-mail is configured.</summary>
    public bool EmailsApprovers => !string.IsNullOrWhiteSpace(Smtp.Host) && Approvers.Count > 0;

    /// <summary>True when the on-call webhook is configured.</summary>
    public bool PagesOnCall => !string.IsNullOrWhiteSpace(OnCallUrl);
}
