using Tocsin.Core.Stix.Patterning;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The value formats of the hash algorithms of hash-algorithm-ov (STIX 2.1 §2.7, §10.6): hex
/// digests of the algorithm's length, SSDEEP's <c>blocksize:hash:hash</c>, and TLSH's hex digest.</summary>
internal static class HashValues
{
    /// <summary>Null when <paramref name="value"/> suits <paramref name="algorithm"/> (or the algorithm is
    /// not one whose format §10.6 fixes), else what the value should look like.</summary>
    public static string? Problem(string algorithm, string value) => algorithm switch
    {
        "MD5" => Hex(value, 32, "32"),
        "SHA-1" => Hex(value, 40, "40"),
        "SHA-256" or "SHA3-256" => Hex(value, 64, "64"),
        "SHA-512" or "SHA3-512" => Hex(value, 128, "128"),
        "TLSH" => Tlsh(value),
        "SSDEEP" => Ssdeep(value),
        _ => null,
    };

    private static string? Hex(string value, int length, string digits) =>
        value.Length == length && !value.AsSpan().ContainsAnyExcept(HexDigits.All) ? null : $"{digits} hex digits";

    // TLSH digests are 70 hex digits, or 72 with the version prefix "T1".
    private static string? Tlsh(string value)
    {
        var digest = value.StartsWith("T1", StringComparison.OrdinalIgnoreCase) ? value.AsSpan(2) : value.AsSpan();
        return digest.Length is 70 or 72 && !digest.ContainsAnyExcept(HexDigits.All) ? null : "70 hex digits, optionally prefixed by T1";
    }

    // SSDEEP: "blocksize:hash:hash".
    private static string? Ssdeep(string value)
    {
        var first = value.IndexOf(':', StringComparison.Ordinal);
        var second = first < 0 ? -1 : value.IndexOf(':', first + 1);
        var ok = first > 0 && second > first + 1 && second < value.Length - 1 && !value.AsSpan(0, first).ContainsAnyExceptInRange('0', '9');
        return ok ? null : "blocksize:hash:hash";
    }
}
