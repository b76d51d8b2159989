using System.Collections.Frozen;
using Tocsin.Core.Stix.Validation.Vocabularies;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The properties a type defines, built once per type: a frozen name lookup and the required ones.</summary>
internal sealed class PropertyTable
{
    // §2.10: integers are limited to signed 54-bit values.
    public const double MaxInteger = 9_007_199_254_740_991;

    private readonly List<PropertySpec> _specs = [];
    private FrozenDictionary<string, PropertySpec>? _byName;

    public IReadOnlyList<PropertySpec> Specs => _specs;

    public PropertyTable Required(string name, PropertyKind kind, Vocabulary? vocabulary = null) =>
        Add(name, kind, true, vocabulary, -MaxInteger, MaxInteger);

    public PropertyTable Optional(string name, PropertyKind kind, Vocabulary? vocabulary = null) =>
        Add(name, kind, false, vocabulary, -MaxInteger, MaxInteger);

    public PropertyTable Number(string name, PropertyKind kind, double min, double max, bool required = false) =>
        Add(name, kind, required, null, min, max);

    public PropertySpec? Find(string name)
    {
        _byName ??= _specs.ToFrozenDictionary(static s => s.Name, StringComparer.Ordinal);
        return _byName.GetValueOrDefault(name);
    }

    private PropertyTable Add(string name, PropertyKind kind, bool required, Vocabulary? vocabulary, double min, double max)
    {
        if (_specs.Count == 64)
        {
            throw new InvalidOperationException("A property table holds at most 64 properties.");
        }

        _specs.Add(new PropertySpec(name, kind, required, _specs.Count, vocabulary, min, max));
        return this;
    }
}
