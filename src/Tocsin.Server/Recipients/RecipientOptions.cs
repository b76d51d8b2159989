using System.ComponentModel.DataAnnotations;

namespace Tocsin.Server.Recipients;

/// <summary>Settings of posture messages and implementation reports (<c>Tocsin:Recipients</c>), validated at start.</summary>
public sealed class RecipientOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Recipients";

    /// <summary>How long a report link stays valid after the message that carries it: 1 hour to 365 days; 90 days by default.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan ReportLinkLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long after a posture message a recipient that has not reported is reminded once, automatically:
    /// 1 hour to 60 days; 2 days by default. Zero turns automatic reminders off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "60.00:00:00")]
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How often the server looks for recipients to remind: 1 second to 1 day; 5 minutes by default.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the delivery to recipients looks for new posture changes: 10 ms to 1 minute; 1 second by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
