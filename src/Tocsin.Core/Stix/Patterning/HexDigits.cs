using System.Buffers;

namespace Tocsin.Core.Stix.Patterning;

/// <summary>Hexadecimal digit sets shared by the lexer and the hash checks.</summary>
internal static class HexDigits
{
    /// <summary>0–9, a–f, A–F.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>0–9, a–f: the STIX <c>hex</c> type (§2.8).</summary>
    public static readonly SearchValues<char> Lower = SearchValues.Create("0123456789abcdef");
}
