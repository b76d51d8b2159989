using System.Buffers;

namespace Tocsin.Core.Stix.Validation;

/// <summary>Vectorised character sets for the name and key syntaxes of STIX 2.1 §2.3, §2.7 and §3.1.</summary>
internal static class AsciiSets
{
    public static readonly SearchValues<char> Letters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public static readonly SearchValues<char> LettersAndDigits =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>Property names (§3.1, §7.3.2, §11.1.1): a–z, 0–9 and underscore.</summary>
    public static readonly SearchValues<char> PropertyName =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");

    /// <summary>Dictionary keys and hash names (§2.3, §2.7): ASCII letters, digits, hyphen and underscore.</summary>
    public static readonly SearchValues<char> DictionaryKey =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    /// <summary>Deprecated custom extension names (§11.3.1): a–z, 0–9 and hyphen.</summary>
    public static readonly SearchValues<char> ExtensionName =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>True for a property name of §3.1: begins with a letter, only a–z, 0–9, underscore, 3–250 long.</summary>
    public static bool IsPropertyName(string name) =>
        name.Length is >= 3 and <= 250 && char.IsAsciiLetterLower(name[0]) && !name.AsSpan().ContainsAnyExcept(PropertyName);

    /// <summary>True for a dictionary key of §2.3: ASCII letters, digits, hyphen, underscore; 1–250 long.</summary>
    public static bool IsDictionaryKey(string key) =>
        key.Length is >= 1 and <= 250 && !key.AsSpan().ContainsAnyExcept(DictionaryKey);
}
