using System.Collections.Frozen;

namespace Tocsin.Core.Stix.Validation.Vocabularies;

/// <summary>A STIX 2.1 vocabulary (§10): an open vocabulary (<c>-ov</c>, values outside it are allowed
/// but SHOULD NOT be used when a suggested value fits) or a closed enumeration (<c>-enum</c>, MUST).</summary>
internal sealed class Vocabulary
{
    private readonly FrozenSet<string> _values;

    public Vocabulary(string name, bool isOpen, params string[] values)
    {
        Name = name;
        IsOpen = isOpen;
        _values = values.ToFrozenSet(StringComparer.Ordinal);
        Listing = string.Join(", ", values);
    }

    /// <summary>The vocabulary's name in the specification, e.g. <c>malware-type-ov</c>.</summary>
    public string Name { get; }

    /// <summary>True for an open vocabulary, false for an enumeration.</summary>
    public bool IsOpen { get; }

    /// <summary>The values, comma-separated, for messages.</summary>
    public string Listing { get; }

    public bool Contains(string value) => _values.Contains(value);
}
