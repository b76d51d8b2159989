using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Tocsin.Server.Snapshot;

/// <summary>Reads <c>Accept-Encoding</c> (RFC 9110 §12.5.3): the coding to answer in, Brotli before gzip, neither when
/// the reader gives it (or <c>*</c>) a weight of zero.</summary>
public static class AcceptedEncoding
{
    /// <summary>The coding <paramref name="acceptEncoding"/> (the header's values) asks for; identity when it asks for
    /// none we keep, or cannot be read.</summary>
    public static ContentEncoding Choose(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return ContentEncoding.Identity;
        }

        double? brotli = null, gzip = null, any = null;
        foreach (var coding in codings)
        {
            var weight = coding.Quality ?? 1;
            var name = coding.Value.Value;
            if (string.Equals(name, "br", StringComparison.OrdinalIgnoreCase))
            {
                brotli = weight;
            }
            else if (string.Equals(name, "gzip", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = weight;
            }
            else if (name == "*")
            {
                any = weight;
            }
        }

        // A coding not named takes the weight of `*` when there is one (§12.5.3).
        var brotliWeight = brotli ?? any ?? 0;
        var gzipWeight = gzip ?? any ?? 0;
        if (brotliWeight > 0 && brotliWeight >= gzipWeight)
        {
            return ContentEncoding.Brotli;
        }

        return gzipWeight > 0 ? ContentEncoding.Gzip : ContentEncoding.Identity;
    }

    /// <summary>The <c>Content-Encoding</c> value of <paramref name="encoding"/>; null for identity.</summary>
    public static string? HeaderValue(ContentEncoding encoding) => encoding switch
    {
        ContentEncoding.Brotli => "br",
        ContentEncoding.Gzip => "gzip",
        _ => null,
    };
}
