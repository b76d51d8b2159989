using System.Globalization;
using Tocsin.Core;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Picture;

/// <summary>Reads the incident list's filters from query text, the same for the API and the page: each refusal names
/// the parameter and what it accepts.</summary>
public static class IncidentFilters
{
    /// <summary>The filter the parameters describe, or the first <c>picture-filter-invalid</c> error of
    /// <see cref="Errors"/>.</summary>
    public static Result<IncidentFilter> Parse(string? from, string? to, string? place, string? outcome, string? actor,
        string? attackType, string? marking, string? limit, string? next)
    {
        var errors = Errors(from, to, outcome, limit, next);
        if (errors.Count > 0)
        {
            return errors.Values.First();
        }

        return new IncidentFilter(Instant(from, endOfDay: false), Instant(to, endOfDay: true), Blank(place), Blank(outcome)?.ToLowerInvariant(),
            Blank(actor), Blank(attackType), Blank(marking), Blank(limit) is { } size ? int.Parse(size, CultureInfo.InvariantCulture) : IncidentFilter.DefaultLimit,
            ListPosition.Parse(Blank(next)));
    }

    /// <summary>Every refused parameter by name (<c>from</c>, <c>to</c>, <c>outcome</c>, <c>limit</c>, <c>next</c>), so
    /// a form shows each error next to its field. <c>from</c> and <c>to</c> take an RFC 3339 timestamp or a date
    /// (<c>2024-03-22</c>, UTC; as <c>to</c>, the whole day is included); <c>outcome</c> one of
    /// <see cref="IncidentOutcome.All"/>; <c>limit</c> 1 to <see cref="IncidentFilter.MaxLimit"/>; <c>next</c> a
    /// position this server wrote. Place, actor, attack type and marking are free text and never refused.</summary>
    public static IReadOnlyDictionary<string, Error> Errors(string? from, string? to, string? outcome, string? limit, string? next)
    {
        var errors = new Dictionary<string, Error>(StringComparer.Ordinal);
        const string Time = "must be a date (2024-03-22) or an RFC 3339 time (2024-03-22T17:00:00Z).";
        if (Blank(from) is not null && Instant(from, endOfDay: false) is null)
        {
            errors["from"] = PictureErrors.FilterInvalid("from " + Time);
        }

        if (Blank(to) is not null && Instant(to, endOfDay: true) is null)
        {
            errors["to"] = PictureErrors.FilterInvalid("to " + Time);
        }

        if (Blank(outcome) is { } chosen && !IncidentOutcome.All.Contains(chosen.ToLowerInvariant(), StringComparer.Ordinal))
        {
            errors["outcome"] = PictureErrors.FilterInvalid("outcome must be completed, attempted or foiled.");
        }

        if (Blank(limit) is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > IncidentFilter.MaxLimit))
        {
            errors["limit"] = PictureErrors.FilterInvalid($"limit must be a whole number from 1 to {IncidentFilter.MaxLimit}.");
        }

        if (Blank(next) is { } token && ListPosition.Parse(token) is null)
        {
            errors["next"] = PictureErrors.FilterInvalid("next is not a position this server issued.");
        }

        return errors;
    }

    private static DateTimeOffset? Instant(string? text, bool endOfDay)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? midnight.AddDays(1) : midnight;
        }

        return StixTimestamp.TryParse(value, out var instant) ? instant.Instant : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
