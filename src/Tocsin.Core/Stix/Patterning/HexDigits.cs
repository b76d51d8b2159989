using System.Buffers;

namespace Tocsin.Core.Stix.Patterning;

/// <summary>Hexadecimal digit sets shared by the lexer and the hash checks.</summary>
internal static class HexDigits
{
    /// <summary>0–9, a–f, A–F.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create("0123456789abcdefABCDEF");
}
