using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;
using Tocsin.Core;
using Tocsin.Core.Stix;
using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>Reads TAXII 2.1 URL filters (§3.4) into a store query. Every malformed value is a 400 naming it;
/// parameters an endpoint does not take are ignored, as are unknown ones.</summary>
public static class TaxiiQuery
{
    /// <summary>The default page size when the client gives no <c>limit</c>.</summary>
    public const int DefaultLimit = 1000;

    /// <summary>Parses the filters of <paramref name="query"/> that <paramref name="filters"/> allows. The
    /// <c>next</c> parameter is returned apart (<paramref name="next"/>): it must be checked against
    /// <see cref="Scope"/> of the result before it goes to the store.</summary>
    public static Result<ObjectQuery> Parse(IQueryCollection query, TaxiiFilters filters, out string? next)
    {
        ArgumentNullException.ThrowIfNull(query);
        next = null;
        var result = new ObjectQuery { Limit = DefaultLimit };
        if (filters.HasFlag(TaxiiFilters.Paging))
        {
            if (Single(query, "added_after") is { } addedAfter)
            {
                if (!TryParseTimestamp(addedAfter, out var stamp))
                {
                    return TaxiiErrors.BadRequest($"added_after '{addedAfter}' is not an RFC 3339 timestamp.");
                }

                result = result with { AddedAfter = stamp };
            }

            if (Single(query, "limit") is { } limit)
            {
                if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
                {
                    // A value beyond int is still a positive integer: cap it like any other large limit.
                    if (limit.Length == 0 || !limit.All(char.IsAsciiDigit) || limit.TrimStart('0').Length == 0)
                    {
                        return TaxiiErrors.BadRequest($"limit '{limit}' is not a positive integer.");
                    }

                    value = ObjectQuery.MaxLimit;
                }

                result = result with { Limit = Math.Min(value, ObjectQuery.MaxLimit) };
            }

            next = Single(query, "next");
            if (next is { Length: 0 })
            {
                return TaxiiErrors.BadRequest("next is empty.");
            }
        }

        if (filters.HasFlag(TaxiiFilters.IdAndType))
        {
            result = result with { Ids = List(query, "match[id]"), Types = List(query, "match[type]") };
        }

        if (filters.HasFlag(TaxiiFilters.Version))
        {
            var versions = ParseVersions(List(query, "match[version]"));
            if (!versions.IsSuccess)
            {
                return versions.Error;
            }

            result = result with { Versions = versions.Value };
        }

        if (filters.HasFlag(TaxiiFilters.SpecVersion))
        {
            result = result with { SpecVersions = List(query, "match[spec_version]") };
        }

        return result;
    }

    /// <summary>What a <c>next</c> cursor is bound to besides the principal: the endpoint, its path values and
    /// every filter except <c>limit</c> (which a client may change between pages).</summary>
    public static string Scope(string endpoint, TaxiiTarget target, string? objectId, ObjectQuery query)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(query);
        var scope = new StringBuilder();
        scope.Append(endpoint).Append('|').Append(target.Root.Name).Append('|').Append(target.Collection.Id.ToString("D")).Append('|').Append(objectId)
            .Append("|a=").Append(query.AddedAfter?.Microseconds.ToString(CultureInfo.InvariantCulture))
            .Append("|i=").AppendJoin(',', query.Ids.Order(StringComparer.Ordinal))
            .Append("|t=").AppendJoin(',', query.Types.Order(StringComparer.Ordinal))
            .Append("|s=").AppendJoin(',', query.SpecVersions.Order(StringComparer.Ordinal))
            .Append("|v=").Append(query.Versions.IncludeAll ? 'A' : '-').Append(query.Versions.IncludeFirst ? 'F' : '-').Append(query.Versions.IncludeLast ? 'L' : '-')
            .AppendJoin(',', query.Versions.Timestamps.Select(t => t.Instant.UtcTicks).Order());
        return scope.ToString();
    }

    /// <summary>RFC 3339 date-time with any number of fraction digits and any offset, truncated to the
    /// microsecond: "strictly after" then keeps exactly the stamps after the instant given.</summary>
    public static bool TryParseTimestamp(string text, out DateAddedStamp stamp)
    {
        stamp = default;
        if (text.Length < 20 || text[10] is not ('T' or 't')
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            || !(text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-'))
        {
            return false;
        }

        stamp = DateAddedStamp.FromInstant(instant);
        return true;
    }

    private static Result<VersionFilter> ParseVersions(List<string> values)
    {
        if (values.Count == 0)
        {
            return VersionFilter.Last;
        }

        var filter = new VersionFilter();
        var timestamps = new List<StixTimestamp>();
        foreach (var value in values)
        {
            switch (value)
            {
                case "all":
                    filter = filter with { IncludeAll = true };
                    break;
                case "first":
                    filter = filter with { IncludeFirst = true };
                    break;
                case "last":
                    filter = filter with { IncludeLast = true };
                    break;
                default:
                    if (!StixTimestamp.TryParse(value, out var timestamp))
                    {
                        return TaxiiErrors.BadRequest($"match[version] '{value}' is neither first, last, all nor a STIX timestamp.");
                    }

                    timestamps.Add(timestamp);
                    break;
            }
        }

        return filter with { Timestamps = timestamps };
    }

    /// <summary>The comma-separated values of a parameter, over all its occurrences.</summary>
    private static List<string> List(IQueryCollection query, string name)
    {
        var values = new List<string>();
        foreach (var item in query[name])
        {
            foreach (var part in (item ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                values.Add(part);
            }
        }

        return values;
    }

    private static string? Single(IQueryCollection query, string name)
    {
        StringValues values = query[name];
        return values.Count == 0 ? null : values[^1];
    }
}
