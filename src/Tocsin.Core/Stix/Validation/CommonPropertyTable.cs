using System.Collections.Frozen;

namespace Tocsin.Core.Stix.Validation;

/// <summary>Which common properties each category requires and which it does not use, from the
/// table of STIX 2.1 §3.2 and the property tables of §4–§7.</summary>
internal static class CommonPropertyTable
{
    private static readonly FrozenSet<string> _none = FrozenSet<string>.Empty;

    // §3.2 table, "N/A" cells. SCO versioning properties are absent here on purpose: §3.6 allows a
    // producer to version an SCO ("if a producer versions a SCO (assigns value to these four properties)").
    // `defanged` is handled apart: §3.2 says it MUST NOT be used on anything but SCOs.
    private static readonly FrozenSet<string> _scoNotApplicable =
        new[] { "labels", "confidence", "lang", "external_references" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> _extensionDefinitionNotApplicable =
        new[] { "confidence", "lang", "extensions" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> _languageContentNotApplicable =
        new[] { "lang" }.ToFrozenSet(StringComparer.Ordinal);

    // §7.2.1: marking definitions cannot be versioned.
    private static readonly FrozenSet<string> _markingDefinitionNotApplicable =
        new[] { "modified", "revoked", "labels", "confidence", "lang" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>§3.8: reserved across all STIX objects; MUST NOT be present.</summary>
    public static readonly FrozenSet<string> Reserved =
        new[] { "severity", "username", "phone_number", "action" }.ToFrozenSet(StringComparer.Ordinal);

    public static FrozenSet<string> NotApplicable(StixObjectCategory category) => category switch
    {
        StixObjectCategory.CyberObservable => _scoNotApplicable,
        StixObjectCategory.ExtensionDefinition => _extensionDefinitionNotApplicable,
        StixObjectCategory.LanguageContent => _languageContentNotApplicable,
        StixObjectCategory.MarkingDefinition => _markingDefinitionNotApplicable,
        StixObjectCategory.DomainObject or StixObjectCategory.RelationshipObject or StixObjectCategory.Custom => _none,
    };

    /// <summary>The common properties <paramref name="category"/> requires, besides <c>type</c> and <c>id</c>
    /// which every object has (§3.2 table; §11.2 custom objects keep only those two).</summary>
    public static SeenProperties Required(StixObjectCategory category) => category switch
    {
        StixObjectCategory.DomainObject or StixObjectCategory.RelationshipObject or StixObjectCategory.ExtensionDefinition
            or StixObjectCategory.LanguageContent =>
            SeenProperties.Type | SeenProperties.Id | SeenProperties.SpecVersion | SeenProperties.Created | SeenProperties.Modified,
        StixObjectCategory.MarkingDefinition => SeenProperties.Type | SeenProperties.Id | SeenProperties.SpecVersion | SeenProperties.Created,
        StixObjectCategory.CyberObservable or StixObjectCategory.Custom => SeenProperties.Type | SeenProperties.Id,
    };
}
