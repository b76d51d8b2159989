using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Tocsin.Server.Taxii;

/// <summary>TAXII 2.1 media types and content negotiation (TAXII 2.1 §1.6.8).</summary>
public static class TaxiiMediaTypes
{
    /// <summary>Every TAXII response and request body.</summary>
    public const string Taxii21 = "application/taxii+json;version=2.1";

    /// <summary>The STIX 2.1 media type named in collections and manifests.</summary>
    public const string Stix21 = "application/stix+json;version=2.1";

    private const string TaxiiType = "application/taxii+json";

    /// <summary>True when the server may answer a request with this <c>Accept</c>. Acceptable:
    /// <c>application/taxii+json;version=2.1</c>, and <c>application/taxii+json</c> without a version (which
    /// §1.6.8.1 reads as the latest version the server supports); a missing <c>Accept</c>, <c>*/*</c> and
    /// <c>application/*</c> as RFC 9110 §12.5.1 defines them. Anything else (<c>application/json</c>,
    /// another TAXII version, or q=0) is 406.</summary>
    public static bool IsAcceptable(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return false;
        }

        foreach (var range in ranges)
        {
            if (range.Quality is 0)
            {
                continue;
            }

            if (range.MatchesAllTypes || (range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (IsTaxii(range))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a request body's <c>Content-Type</c> is TAXII 2.1: <c>application/taxii+json</c>
    /// with <c>version=2.1</c> or no version; otherwise a POST gets 415.</summary>
    public static bool IsTaxiiContent(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && IsTaxii(parsed);

    private static bool IsTaxii(MediaTypeHeaderValue value)
    {
        if (!value.MediaType.Equals(TaxiiType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var version = value.Parameters.FirstOrDefault(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase));
        return version is null || HeaderUtilities.RemoveQuotes(version.Value).Equals("2.1", StringComparison.Ordinal);
    }
}
