using System.Globalization;
using Tocsin.Core;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Picture;

/// <summary>Reads the incident list's filters from query text, the same for the API and the page: each refusal names
/// the parameter and what it accepts.</summary>
public static class IncidentFilters
{
    /// <summary>The filter the parameters describe, or a <c>picture-filter-invalid</c> error. <paramref name="from"/> and
    /// <paramref name="to"/> take an RFC 3339 timestamp or a date (<c>2024-03-22</c>, UTC; as <c>to</c>, the whole
    /// day is included); <paramref name="limit"/> is 1 to <see cref="IncidentFilter.MaxLimit"/>.</summary>
    public static Result<IncidentFilter> Parse(string? from, string? to, string? place, string? outcome, string? actor,
        string? attackType, string? marking, string? limit, string? next)
    {
        var start = Instant(from, "from", endOfDay: false);
        var end = Instant(to, "to", endOfDay: true);
        if (!start.IsSuccess || !end.IsSuccess)
        {
            return start.IsSuccess ? end.Error! : start.Error!;
        }

        var chosenOutcome = Blank(outcome)?.ToLowerInvariant();
        if (chosenOutcome is not null && !IncidentOutcome.All.Contains(chosenOutcome, StringComparer.Ordinal))
        {
            return PictureErrors.FilterInvalid("outcome must be completed, attempted or foiled.");
        }

        var size = IncidentFilter.DefaultLimit;
        if (Blank(limit) is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > IncidentFilter.MaxLimit))
        {
            return PictureErrors.FilterInvalid($"limit must be a whole number from 1 to {IncidentFilter.MaxLimit}.");
        }

        var after = ListPosition.Parse(Blank(next));
        if (Blank(next) is not null && after is null)
        {
            return PictureErrors.FilterInvalid("next is not a position this server issued.");
        }

        return new IncidentFilter(start.Value, end.Value, Blank(place), chosenOutcome, Blank(actor), Blank(attackType), Blank(marking), size, after);
    }

    private static Result<DateTimeOffset?> Instant(string? text, string name, bool endOfDay)
    {
        if (Blank(text) is not { } value)
        {
            return (DateTimeOffset?)null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return (DateTimeOffset?)(endOfDay ? midnight.AddDays(1) : midnight);
        }

        return StixTimestamp.TryParse(value, out var instant)
            ? (DateTimeOffset?)instant.Instant
            : PictureErrors.FilterInvalid($"{name} must be a date (2024-03-22) or an RFC 3339 time (2024-03-22T17:00:00Z).");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
