namespace Tocsin.Core.Stix.Validation;

/// <summary>Duplicate detection over the names of one JSON object seen so far. Objects in STIX are
/// small (a few dozen properties), so a linear scan beats hashing and allocates nothing.</summary>
internal static class DuplicateNames
{
    public static bool Contains(string[] names, int count, string name)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
