using System.Text;

namespace Tocsin.Core.Cap.Atom;

/// <summary>The ids and links the feed gives a CAP message.</summary>
public static class AtomLinks
{
    /// <summary>The entry link <c>{linkBase}/feeds/cap/{identifier}.xml</c> (DESIGN.md interfaces), the
    /// identifier percent-encoded as one path segment.</summary>
    public static string AlertHref(string linkBase, string identifier)
    {
        ArgumentNullException.ThrowIfNull(linkBase);
        return $"{linkBase.TrimEnd('/')}/feeds/cap/{PathSegment(identifier)}.xml";
    }

    /// <summary>The entry id: the CAP identifier itself when it already is a <c>urn:</c>, <c>tag:</c> or
    /// <c>http(s):</c> URI; otherwise, under a <c>tag:</c> feed id, <c>{feedId}/{identifier}</c>. Null when
    /// neither applies (a non-URI identifier under a <c>urn:uuid:</c> feed id).</summary>
    public static string? EntryId(string feedId, string identifier)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        ArgumentNullException.ThrowIfNull(identifier);
        if (IsUriIdentifier(identifier))
        {
            return identifier;
        }

        return feedId.StartsWith("tag:", StringComparison.Ordinal) ? $"{feedId}/{PathSegment(identifier)}" : null;
    }

    private static bool IsUriIdentifier(string identifier) =>
        (identifier.StartsWith("urn:", StringComparison.OrdinalIgnoreCase)
         || identifier.StartsWith("tag:", StringComparison.OrdinalIgnoreCase)
         || identifier.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
         || identifier.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(identifier, UriKind.Absolute, out _);

    // RFC 3986 pchar: unreserved, sub-delims, ':' and '@' stay; every other UTF-8 byte is %XX.
    private static string PathSegment(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || "-._~!$'()*+,;=:@".Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
