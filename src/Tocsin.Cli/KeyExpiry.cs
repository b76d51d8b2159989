using System.Globalization;
using Tocsin.Core;

namespace Tocsin.Cli;

/// <summary>The <c>--expires TIME</c> of a new API key: an RFC 3339 instant (<c>2025-06-30T00:00:00Z</c>; a date alone
/// means its midnight UTC) or a duration from now (<c>90d</c>, <c>12h</c>, <c>30m</c>).</summary>
public static class KeyExpiry
{
    /// <summary>The instant <paramref name="text"/> names, or <c>invalid-expiry</c>.</summary>
    public static Result<DateTimeOffset> Parse(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length > 1 && long.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            && amount is > 0 and <= 100_000)
        {
            TimeSpan? span = trimmed[^1] switch
            {
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => null,
            };
            if (span is { } duration)
            {
                return now + duration;
            }
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant;
        }

        return new Error("invalid-expiry", $"--expires takes an instant (2025-06-30T00:00:00Z) or a duration (90d, 12h, 30m), not '{text}'.");
    }
}
