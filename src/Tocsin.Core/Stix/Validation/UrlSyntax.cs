using System.Buffers;

namespace Tocsin.Core.Stix.Validation;

/// <summary>An absolute URL in the sense of RFC 3986 §4.3: a scheme, a colon, and a remainder without the
/// characters RFC 3986 never allows unencoded. The one URL check for external references (§2.5.1), the
/// <c>url</c> SCO (§6.15.1) and an artifact's <c>url</c> (§6.1.1).</summary>
internal static class UrlSyntax
{
    // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
    private static readonly SearchValues<char> _schemeCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    // Characters RFC 3986 never allows unencoded in a URI (whitespace, controls, quotes, angle brackets).
    private static readonly SearchValues<char> _notInUri = SearchValues.Create(" \t\r\n\"<>\\^`{|}\u0000\u007f");

    public static bool IsAbsoluteUrl(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && char.IsAsciiLetter(url[0]) && !url.AsSpan(0, colon).ContainsAnyExcept(_schemeCharacters)
            && colon < url.Length - 1 && !url.AsSpan(colon + 1).ContainsAny(_notInUri);
    }
}
