using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The <c>value</c> of <c>ipv4-addr</c> and <c>ipv6-addr</c> (STIX 2.1 §6.8.1, §6.9.1): "either a single
/// address or an address block in CIDR notation".</summary>
internal static class IpAddressSyntax
{
    private static readonly SearchValues<char> _ipv6Characters = SearchValues.Create("0123456789abcdefABCDEF:.");

    /// <summary>Dotted decimal, four octets 0–255 without leading zeros (the OASIS schema's pattern, so that
    /// <c>010.0.0.1</c>, octal in some parsers, is refused), optionally <c>/0</c>–<c>/32</c>.</summary>
    public static bool IsIpv4(string value)
    {
        var address = Split(value, out var prefix);
        if (prefix is { } p && !IsPrefix(p, 32))
        {
            return false;
        }

        var octets = 0;
        foreach (var range in address.Split('.'))
        {
            var octet = address[range];
            if (++octets > 4 || !IsDecimal(octet, 255))
            {
                return false;
            }
        }

        return octets == 4;
    }

    /// <summary>RFC 4291 §2.2 text forms (hex groups, <c>::</c>, an embedded IPv4 tail), optionally <c>/0</c>–<c>/128</c>;
    /// no zone index and no brackets.</summary>
    public static bool IsIpv6(string value)
    {
        var address = Split(value, out var prefix);
        if (prefix is { } p && !IsPrefix(p, 128))
        {
            return false;
        }

        // IPAddress.TryParse accepts more (brackets, ports, zone ids); only the characters of the text forms pass.
        return address.Contains(':') && !address.ContainsAnyExcept(_ipv6Characters)
            && IPAddress.TryParse(address, out var parsed) && parsed.AddressFamily == AddressFamily.InterNetworkV6;
    }

    /// <summary>The address part of <paramref name="value"/>; <paramref name="prefix"/> is the text after a '/', if any.</summary>
    private static ReadOnlySpan<char> Split(string value, out string? prefix)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        prefix = slash < 0 ? null : value[(slash + 1)..];
        return slash < 0 ? value : value.AsSpan(0, slash);
    }

    private static bool IsPrefix(string prefix, int max) => IsDecimal(prefix, max);

    private static bool IsDecimal(ReadOnlySpan<char> digits, int max) =>
        digits.Length is > 0 and <= 3 && !digits.ContainsAnyExceptInRange('0', '9') && (digits.Length == 1 || digits[0] != '0')
        && int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) <= max;
}
