namespace Tocsin.Core.Stix;

/// <summary>The syntax of STIX type names (STIX 2.1 §3.1 <c>type</c>): 3 to 250 characters,
/// only lower-case ASCII letters, digits and hyphens.</summary>
public static class StixTypeName
{
    /// <summary>True when <paramref name="type"/> is a legal STIX type name: ASCII a–z, 0–9 and
    /// hyphen, 3–250 characters, and (for ids) no <c>--</c> inside.</summary>
    public static bool IsValid(string? type)
    {
        if (type is null || type.Length is < 3 or > 250)
        {
            return false;
        }

        foreach (var c in type)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return !type.Contains("--", StringComparison.Ordinal);
    }
}
