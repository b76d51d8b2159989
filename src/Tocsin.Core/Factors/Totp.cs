using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Tocsin.Core.Factors;

/// <summary>Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as every authenticator app computes them by
/// default: HMAC-SHA-1, <see cref="Digits"/> digits, a new code every <see cref="Period"/>. A code is accepted for its
/// own step and one step either side (clock drift), and only for a step later than the last one accepted, so a code
/// seen by someone else cannot be used again.</summary>
public static class Totp
{
    /// <summary>Digits of a code.</summary>
    public const int Digits = 6;

    /// <summary>How long one code is current.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(30);

    /// <summary>Bytes of a new secret: 160 bits, the HMAC-SHA-1 block RFC 4226 recommends.</summary>
    public const int SecretBytes = 20;

    /// <summary>A new random secret.</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    /// <summary>The time step <paramref name="at"/> falls in (RFC 6238 T, with T0 the Unix epoch).</summary>
    public static long StepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Period.TotalSeconds;

    /// <summary>The code of <paramref name="secret"/> for <paramref name="step"/>, <paramref name="digits"/> long
    /// with leading zeros (RFC 4226 section 5.3, dynamic truncation).</summary>
    public static string CodeAt(ReadOnlySpan<byte> secret, long step, int digits = Digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 9);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> mac = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238 as authenticator apps implement it is HMAC-SHA-1; HMAC's strength does not rest on SHA-1's collision resistance.
        HMACSHA1.HashData(secret, counter, mac);
#pragma warning restore CA5350
        var offset = mac[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(mac[offset..]) & 0x7fffffff;
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>The step <paramref name="code"/> was computed for, when it is the code of <paramref name="secret"/>
    /// for the step at <paramref name="now"/> or one either side, and that step is later than
    /// <paramref name="lastUsedStep"/>; null otherwise (wrong, too old, or already used).</summary>
    public static long? Match(ReadOnlySpan<byte> secret, string code, DateTimeOffset now, long lastUsedStep)
    {
        ArgumentNullException.ThrowIfNull(code);
        var presented = code.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (presented.Length != Digits || !presented.All(char.IsAsciiDigit))
        {
            return null;
        }

        var current = StepAt(now);
        long? matched = null;
        // Every candidate is computed and compared in constant time, so timing tells nothing about which step matched.
        for (var step = current - 1; step <= current + 1; step++)
        {
            var expected = CodeAt(secret, step);
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(presented))
                && step > lastUsedStep)
            {
                matched ??= step;
            }
        }

        return matched;
    }

    /// <summary>The <c>otpauth://</c> address an authenticator app reads (Key Uri Format), naming the issuer and the account.</summary>
    public static string KeyUri(string issuer, string account, ReadOnlySpan<byte> secret)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(account);
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(account);
        return $"otpauth://totp/{label}?secret={Base32.Encode(secret)}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={(int)Period.TotalSeconds}";
    }
}
