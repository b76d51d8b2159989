using System.Collections.Frozen;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The IANA Character Sets registry (<c>Data/iana-character-sets.tsv</c>, embedded; its origin in
/// <c>Data/iana-character-sets.SOURCE.md</c>), for the <c>*_enc</c> properties: STIX 2.1 §6.3.1 and §6.7.1 require
/// "the corresponding name from the 2013-12-20 revision of the IANA character set registry. If the value from the
/// Preferred MIME Name column for a character set is defined, this value MUST be used; if it is not defined, then
/// the value from the Name column in the registry MUST be used instead."</summary>
/// <remarks>Registry names are case-insensitive (RFC 2978 §2.3), so case is not held against a value.</remarks>
internal static class CharacterSets
{
    private const string Resource = "Tocsin.Core.Stix.Validation.Data.iana-character-sets.tsv";

    // Every registered name and alias, to the name STIX requires for that character set.
    private static readonly Lazy<FrozenDictionary<string, string>> _required = new(Load);

    /// <summary>The name STIX requires for the character set <paramref name="name"/> is registered under (itself when it
    /// is that name), or null when the registry does not know <paramref name="name"/>.</summary>
    public static string? RequiredName(string name) => _required.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(CharacterSets).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var required = tab < 0 ? line : line[..tab];
            names[required] = required;
            foreach (var other in tab < 0 ? [] : line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                names.TryAdd(other, required);
            }
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
