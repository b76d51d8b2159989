using System.Globalization;
using System.Text.RegularExpressions;
using Tocsin.Core;
using Tocsin.Core.Stix;
using Tocsin.Storage.Search;

namespace Tocsin.Server.Search;

/// <summary>Reads a search as the API and the page receive it (text) into one <see cref="SearchQuery"/>, or one
/// <c>search-{parameter}-invalid</c> error naming what is wrong. Whatever the words hold, only folded letters and digits reach
/// the index (<see cref="SearchWords"/>): quotes, <c>*</c>, <c>NEAR</c>, <c>-</c> or <c>:</c> are never query syntax.</summary>
public static partial class SearchFilters
{
    /// <summary>The longest search text, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The most words one search may hold.</summary>
    public const int MaxWords = 12;

    /// <summary>Results per page when none is asked for.</summary>
    public const int DefaultLimit = 25;

    /// <summary>The most results per page.</summary>
    public const int MaxLimit = 100;

    /// <summary>The TLP 2.0 names the marking filter takes besides a marking-definition id.</summary>
    public static IReadOnlyDictionary<string, string> TlpNames { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["clear"] = TlpMarkings.ClearId,
        ["green"] = TlpMarkings.GreenId,
        ["amber"] = TlpMarkings.AmberId,
        ["amber+strict"] = TlpMarkings.AmberStrictId,
        ["red"] = TlpMarkings.RedId,
    };

    /// <summary>The search: <paramref name="q"/> (required, at most <see cref="MaxLength"/> characters and
    /// <see cref="MaxWords"/> words), a STIX <paramref name="type"/>, a <paramref name="marking"/> (a TLP name or a
    /// marking-definition id), a date range (<paramref name="from"/> inclusive, <paramref name="to"/> exclusive; a
    /// day <c>2024-03-22</c> or an RFC 3339 time with a zone; a day given as <paramref name="to"/> includes that
    /// day) and a page size (1 to <see cref="MaxLimit"/>).</summary>
    public static Result<SearchQuery> Parse(string? q, string? type, string? marking, string? from, string? to, string? limit)
    {
        var text = q?.Trim() ?? "";
        if (text.Length == 0)
        {
            return SearchErrors.Invalid("q", "q is required: the words to look for.");
        }

        if (text.Length > MaxLength)
        {
            return SearchErrors.Invalid("q", $"q is longer than {MaxLength} characters.");
        }

        var words = SearchWords.Of(text);
        if (words.Count == 0)
        {
            return SearchErrors.Invalid("q", "q holds no letter or digit.");
        }

        if (words.Count > MaxWords)
        {
            return SearchErrors.Invalid("q", $"q holds more than {MaxWords} words.");
        }

        if (Blank(type) is { } t && !StixType().IsMatch(t))
        {
            return SearchErrors.Invalid("type", "type must be a STIX type such as threat-actor or report.");
        }

        if (!TryMarking(marking, out var markingId))
        {
            return SearchErrors.Invalid("marking", "marking must be clear, green, amber, amber+strict, red or a marking-definition id.");
        }

        if (!TryTime(from, endOfDay: false, out var since))
        {
            return SearchErrors.Invalid("from", "from must be a day (2024-03-22) or an RFC 3339 time with a zone.");
        }

        if (!TryTime(to, endOfDay: true, out var until))
        {
            return SearchErrors.Invalid("to", "to must be a day (2024-03-22) or an RFC 3339 time with a zone.");
        }

        if (since is { } s && until is { } u && u <= s)
        {
            return SearchErrors.Invalid("to", "to must be after from.");
        }

        var size = DefaultLimit;
        if (Blank(limit) is { } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            return SearchErrors.Invalid("limit", $"limit must be a whole number between 1 and {MaxLimit}.");
        }

        return new SearchQuery { Words = words, Type = Blank(type), Marking = markingId, From = since, To = until, Limit = size };
    }

    /// <summary>What a cursor is bound to: the same words and filters, whatever their spelling.</summary>
    public static string Scope(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return string.Join('\n', "search", string.Join(' ', query.Words), query.Type, query.Marking, query.From?.UtcTicks, query.To?.UtcTicks, query.Limit);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryMarking(string? text, out string? id)
    {
        id = null;
        if (Blank(text) is not { } marking)
        {
            return true;
        }

        if (TlpNames.TryGetValue(marking, out var tlp))
        {
            id = tlp;
            return true;
        }

        if (marking.StartsWith("marking-definition--", StringComparison.Ordinal) && Guid.TryParseExact(marking["marking-definition--".Length..], "D", out _))
        {
            id = marking.ToLowerInvariant();
            return true;
        }

        return false;
    }

    private static bool TryTime(string? text, bool endOfDay, out DateTimeOffset? time)
    {
        time = null;
        if (Blank(text) is not { } value)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            time = endOfDay ? start.AddDays(1) : start;
            return true;
        }

        if (!Rfc3339().IsMatch(value) || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        time = parsed.ToUniversalTime();
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Rfc3339();

    // STIX 2.1 §3.1: type names are 3 to 250 characters of lower-case letters, digits and hyphens.
    [GeneratedRegex("^[a-z0-9-]{3,250}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StixType();
}
