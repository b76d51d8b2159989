using System.Globalization;
using System.Text.RegularExpressions;
using Tocsin.Core;

namespace Tocsin.Server.ShareLog;

/// <summary>What a share-log report selects: one partner (by name) or all, one STIX object or all, and a time range
/// [<see cref="From"/>, <see cref="To"/>) in UTC; <see cref="Limit"/> rows per page.</summary>
public sealed partial record ShareLogFilter
{
    /// <summary>The largest page.</summary>
    public const int MaxLimit = 1000;

    /// <summary>A partner's name; null for every partner.</summary>
    public string? Partner { get; init; }

    /// <summary>A STIX id; null for every object.</summary>
    public string? ObjectId { get; init; }

    /// <summary>Inclusive start; null from the beginning.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive end; null until now.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Rows per page.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>What a cursor is bound to: the same filters give the same scope.</summary>
    public string Scope => string.Join('\n', "share-log", Partner, ObjectId, From?.UtcTicks, To?.UtcTicks, Limit);

    /// <summary>The filters as the API and the page receive them (text, times RFC 3339 with a zone), or one
    /// <c>share-log-filter-invalid</c> error (a 400).</summary>
    public static Result<ShareLogFilter> Parse(string? partner, string? objectId, string? from, string? to, string? limit)
    {
        if (!TryTime(from, out var start))
        {
            return Invalid("from must be an RFC 3339 time with a zone, e.g. 2024-03-22T00:00:00Z.");
        }

        if (!TryTime(to, out var end))
        {
            return Invalid("to must be an RFC 3339 time with a zone, e.g. 2024-03-23T00:00:00Z.");
        }

        if (start is { } s && end is { } e && e < s)
        {
            return Invalid("to is before from.");
        }

        var size = 100;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            return Invalid($"limit must be a whole number between 1 and {MaxLimit}.");
        }

        return new ShareLogFilter { Partner = Blank(partner), ObjectId = Blank(objectId), From = start, To = end, Limit = size };
    }

    /// <summary><c>share-log-filter-invalid</c>.</summary>
    public static Error Invalid(string why) => new("share-log-filter-invalid", "The share-log filter is invalid: " + why) { Kind = ErrorKind.Malformed };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!Rfc3339().IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        time = parsed.ToUniversalTime();
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Rfc3339();
}
