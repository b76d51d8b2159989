using System.Collections.Frozen;

namespace Tocsin.Core.Stix.Validation;

/// <summary>Well-formedness of RFC 5646 language tags (§2.1 ABNF), as STIX 2.1 §3.2 <c>lang</c>
/// requires. Syntax only: subtags are not looked up in the IANA registry.</summary>
internal static class LanguageTag
{
    // RFC 5646 §2.1 "grandfathered": irregular and regular tags that do not follow the ABNF.
    private static readonly FrozenSet<string> _grandfathered = new[]
    {
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsWellFormed(string tag)
    {
        if (tag.Length == 0 || tag.Length > 255)
        {
            return false;
        }

        if (_grandfathered.Contains(tag))
        {
            return true;
        }

        ReadOnlySpan<char> rest = tag;
        var first = Next(ref rest);
        if (first.Length == 1 && (first[0] is 'x' or 'X'))
        {
            return PrivateUse(ref rest);
        }

        return LangTag(first, ref rest);
    }

    private static bool LangTag(scoped ReadOnlySpan<char> language, ref ReadOnlySpan<char> rest)
    {
        // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
        if (!IsAlpha(language) || language.Length is < 2 or > 8)
        {
            return false;
        }

        var subtag = Next(ref rest);
        if (language.Length <= 3)
        {
            // extlang = 3ALPHA *2("-" 3ALPHA)
            for (var i = 0; i < 3 && subtag.Length == 3 && IsAlpha(subtag); i++)
            {
                subtag = Next(ref rest);
            }
        }

        if (subtag.Length == 4 && IsAlpha(subtag))
        {
            subtag = Next(ref rest); // script
        }

        if ((subtag.Length == 2 && IsAlpha(subtag)) || (subtag.Length == 3 && IsDigits(subtag)))
        {
            subtag = Next(ref rest); // region
        }

        while (IsVariant(subtag))
        {
            subtag = Next(ref rest);
        }

        while (subtag.Length == 1 && char.IsAsciiLetterOrDigit(subtag[0]) && subtag[0] is not ('x' or 'X'))
        {
            // extension = singleton 1*("-" (2*8alphanum))
            var count = 0;
            subtag = Next(ref rest);
            while (subtag.Length is >= 2 and <= 8 && IsAlphanumeric(subtag))
            {
                count++;
                subtag = Next(ref rest);
            }

            if (count == 0)
            {
                return false;
            }
        }

        if (subtag.Length == 1 && (subtag[0] is 'x' or 'X'))
        {
            return PrivateUse(ref rest);
        }

        return subtag.IsEmpty && rest.IsEmpty;
    }

    // privateuse = "x" 1*("-" (1*8alphanum)), the "x" already read.
    private static bool PrivateUse(ref ReadOnlySpan<char> rest)
    {
        var count = 0;
        while (!rest.IsEmpty)
        {
            var subtag = Next(ref rest);
            if (subtag.Length is < 1 or > 8 || !IsAlphanumeric(subtag))
            {
                return false;
            }

            count++;
        }

        return count > 0;
    }

    // variant = 5*8alphanum / (DIGIT 3alphanum)
    private static bool IsVariant(ReadOnlySpan<char> s) =>
        IsAlphanumeric(s) && (s.Length is >= 5 and <= 8 || (s.Length == 4 && char.IsAsciiDigit(s[0])));

    /// <summary>Cuts the next subtag off <paramref name="rest"/>; an empty subtag (e.g. "en--us" or a
    /// trailing hyphen) comes back as a span that no rule accepts.</summary>
    private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return default;
        }

        var hyphen = rest.IndexOf('-');
        if (hyphen < 0)
        {
            var all = rest;
            rest = default;
            return all;
        }

        var subtag = rest[..hyphen];
        rest = rest[(hyphen + 1)..];
        return subtag.IsEmpty || rest.IsEmpty ? "-" : subtag;
    }

    private static bool IsAlpha(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExcept(AsciiSets.Letters);

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    private static bool IsAlphanumeric(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExcept(AsciiSets.LettersAndDigits);
}
