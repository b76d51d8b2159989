using System.Globalization;
using System.Text.RegularExpressions;
using Tocsin.Core;
using Tocsin.Storage.Reads;

namespace Tocsin.Server.Reads;

/// <summary>Reads the read log's filters as the API, the admin page and the CLI receive them (text), into one
/// <see cref="ReadLogQuery"/>, or one <c>read-log-filter-invalid</c> error naming what is wrong.</summary>
public static partial class ReadLogFilters
{
    /// <summary>The filters, all optional: a principal's name, a STIX id, a path (<see cref="ReadPaths.All"/>),
    /// <paramref name="since"/> (inclusive) and <paramref name="until"/> (exclusive) as RFC 3339 times with a zone, and
    /// a page size (1 to <see cref="ReadLogQuery.MaxLimit"/>, 100 when absent).</summary>
    public static Result<ReadLogQuery> Parse(string? principal, string? objectId, string? path, string? since, string? until, string? limit)
    {
        if (!TryTime(since, out var from))
        {
            return ReadLogErrors.FilterInvalid("since must be an RFC 3339 time with a zone, e.g. 2024-03-22T00:00:00Z.");
        }

        if (!TryTime(until, out var to))
        {
            return ReadLogErrors.FilterInvalid("until must be an RFC 3339 time with a zone, e.g. 2024-03-22T00:00:00Z.");
        }

        var size = 100;
        if (!string.IsNullOrEmpty(limit) && !int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size))
        {
            return ReadLogErrors.FilterInvalid($"limit must be a whole number between 1 and {ReadLogQuery.MaxLimit}.");
        }

        var query = new ReadLogQuery
        {
            Principal = Blank(principal),
            ObjectId = Blank(objectId),
            Path = Blank(path),
            Since = from,
            Until = to,
            Limit = size,
        };
        return query.Check() is { } error ? error : query;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryTime(string? text, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!Rfc3339().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        time = parsed.ToUniversalTime();
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Rfc3339();
}
