using System.ComponentModel.DataAnnotations;

namespace Tocsin.Server.Webhooks;

/// <summary>Webhook delivery settings, section <c>Tocsin:Webhooks</c>; validated at start.</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Webhooks";

    /// <summary>Host names and addresses or CIDR ranges that may be targeted although they are loopback or
    /// private (e.g. <c>127.0.0.1</c>, <c>10.20.0.0/16</c>, <c>alerts.intranet</c>). Empty by default.</summary>
    public List<string> AllowList { get; init; } = [];

    /// <summary>Attempts before a dead letter, the first included.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Upper bound of the first retry wait.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Ceiling of any retry wait.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Requests in flight at once per dispatcher.</summary>
    [Range(1, 1024)]
    public int Concurrency { get; set; } = 64;

    /// <summary>Deliveries claimed at once.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 512;

    /// <summary>How often the fan-out and the dispatcher look for work when nothing woke them.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timeout of one POST.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claim lasts: after it, another node may deliver (at-least-once).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
