using System.Collections.Frozen;

namespace Tocsin.Core.Stix.Validation;

/// <summary>The object types an embedded relationship may point to, where the specification fixes them.</summary>
/// <param name="Description">The allowed targets in words, for messages.</param>
/// <param name="Allows">True when a reference to the given type is allowed.</param>
internal sealed record ReferenceTarget(string Description, Func<string, bool> Allows)
{
    private static readonly ReferenceTarget _identity = Only("identity");
    private static readonly ReferenceTarget _markingDefinition = Only("marking-definition");

    // §5.1.2: source_ref/target_ref point to SDOs or SCOs (custom and extension-defined objects
    // cannot be classified without their definition and are accepted).
    private static readonly ReferenceTarget _sdoOrSco = new("an SDO or SCO", static type =>
        StixTypes.CategoryOf(type) is StixObjectCategory.DomainObject or StixObjectCategory.CyberObservable or StixObjectCategory.Custom);

    // Embedded relationships common to every object (§3.2, §7.2.2, §7.2.3).
    private static readonly FrozenDictionary<string, ReferenceTarget> _common = new Dictionary<string, ReferenceTarget>(StringComparer.Ordinal)
    {
        ["created_by_ref"] = _identity,
        ["object_marking_refs"] = _markingDefinition,
        ["marking_ref"] = _markingDefinition,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Per-type embedded relationships of the SROs (§5.1.2, §5.2.1), keyed "type/property".
    private static readonly FrozenDictionary<string, ReferenceTarget> _perType = new Dictionary<string, ReferenceTarget>(StringComparer.Ordinal)
    {
        ["relationship/source_ref"] = _sdoOrSco,
        ["relationship/target_ref"] = _sdoOrSco,
        ["sighting/sighting_of_ref"] = new("an SDO", static type =>
            StixTypes.CategoryOf(type) is StixObjectCategory.DomainObject or StixObjectCategory.Custom),
        ["sighting/observed_data_refs"] = Only("observed-data"),
        ["sighting/where_sighted_refs"] = new("identity or location", static type => type is "identity" or "location"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ReferenceTarget>.AlternateLookup<ReadOnlySpan<char>> _perTypeLookup =
        _perType.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The constraint on <paramref name="property"/> of an object of <paramref name="type"/>, if any.</summary>
    public static ReferenceTarget? For(string type, string property)
    {
        if (_common.TryGetValue(property, out var common))
        {
            return common;
        }

        if (type is not ("relationship" or "sighting"))
        {
            return null;
        }

        Span<char> key = stackalloc char[type.Length + 1 + property.Length];
        type.AsSpan().CopyTo(key);
        key[type.Length] = '/';
        property.AsSpan().CopyTo(key[(type.Length + 1)..]);
        return _perTypeLookup.TryGetValue(key, out var target) ? target : null;
    }

    private static ReferenceTarget Only(string type) => new(type, t => string.Equals(t, type, StringComparison.Ordinal));
}
