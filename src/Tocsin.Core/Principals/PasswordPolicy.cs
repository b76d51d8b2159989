using System.Collections.Frozen;

namespace Tocsin.Core.Principals;

/// <summary>What a password must be before it is stored (docs/security.md, "Passwords"): at least
/// <see cref="MinimumLength"/> characters (Unicode scalar values, so that any script counts alike), at most
/// <see cref="MaximumLength"/>, and not one of the 10,000 most common passwords (shipped list, source and licence
/// in <c>Principals/Data/common-passwords.SOURCE.md</c>) — compared ignoring case, also once trailing digits and
/// symbols are taken off, so that <c>iloveyou2024!</c> is refused like <c>iloveyou</c>.</summary>
/// <remarks>No composition rules (NIST SP 800-63B §3.1.1.2): length and the list are what resist guessing. The demo
/// users' published passwords are loaded without this policy; the demo is never for real data.</remarks>
public static class PasswordPolicy
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumLength = 12;

    /// <summary>The longest password accepted: hashing cost stays bounded.</summary>
    public const int MaximumLength = 1024;

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    /// <summary>Success, or every reason the password is refused as one <c>password-too-short</c>,
    /// <c>password-too-long</c> or <c>password-too-common</c> error.</summary>
    public static Result<Unit> Check(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var length = password.EnumerateRunes().Count();
        if (length < MinimumLength)
        {
            return new Error("password-too-short", $"A password needs at least {MinimumLength} characters; this one has {length}.");
        }

        if (length > MaximumLength)
        {
            return new Error("password-too-long", $"A password has at most {MaximumLength} characters.");
        }

        var lower = password.ToLowerInvariant();
        var stem = lower.TrimEnd("0123456789!?.,;:-_+*#@$%&/\\'\"()[]{}<>=~^| ".ToCharArray());
        if (Common.Value.Contains(lower) || (stem.Length > 0 && Common.Value.Contains(stem)))
        {
            return new Error("password-too-common", "This password is on the list of the most common passwords: choose another, e.g. a few unrelated words.");
        }

        return Unit.Value;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Tocsin.Core.Principals.Data.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
