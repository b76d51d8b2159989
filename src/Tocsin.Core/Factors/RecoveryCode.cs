using System.Security.Cryptography;

namespace Tocsin.Core.Factors;

/// <summary>A single-use recovery code, for the day the authenticator is lost: four groups of four base32 characters
/// (80 random bits), e.g. <c>K7QD-3MZP-XW2A-9TRF</c>. The first group is stored in clear to find the code's row
/// (<see cref="Lookup"/>); the other three (60 bits) are hashed like a password, so a copy of the database does not
/// give the codes away.</summary>
public static class RecoveryCode
{
    /// <summary>Codes in one set.</summary>
    public const int SetSize = 10;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>A new set of <see cref="SetSize"/> codes with distinct lookups.</summary>
    public static IReadOnlyList<string> NewSet()
    {
        var codes = new List<string>(SetSize);
        while (codes.Count < SetSize)
        {
            var code = string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));
            if (codes.All(c => Lookup(c) != Lookup(code)))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>The code as typed, upper-cased, without spaces or hyphens; null when it cannot be a recovery code.</summary>
    public static string? Normalise(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var plain = new string([.. typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant)]);
        return plain.Length == 16 && plain.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? plain : null;
    }

    /// <summary>The part stored in clear: the first group of a code (normalised or not).</summary>
    public static string Lookup(string code) => Normalise(code)?[..4] ?? throw new ArgumentException("Not a recovery code.", nameof(code));

    /// <summary>The secret part, hashed for storage: the last three groups.</summary>
    public static string Secret(string code) => Normalise(code)?[4..] ?? throw new ArgumentException("Not a recovery code.", nameof(code));
}
