namespace Tocsin.Core.Stix;

/// <summary>The kinds of STIX 2.1 top-level object (§2.x, §4–§7), which differ in versioning and required properties.</summary>
public enum StixObjectCategory
{
    /// <summary>STIX Domain Object (§4): versioned by <c>modified</c>.</summary>
    DomainObject,

    /// <summary>STIX Relationship Object (§5): relationship or sighting, versioned by <c>modified</c>.</summary>
    RelationshipObject,

    /// <summary>STIX Cyber-observable Object (§6): no <c>created</c>/<c>modified</c>; keyed by id and content.</summary>
    CyberObservable,

    /// <summary>Marking definition (§7.2): cannot be versioned; keyed by <c>created</c>.</summary>
    MarkingDefinition,

    /// <summary>Extension definition (§7.3): versioned by <c>modified</c>.</summary>
    ExtensionDefinition,

    /// <summary>Language content (§7.1): versioned by <c>modified</c>.</summary>
    LanguageContent,

    /// <summary>A custom object type (§11.2) — kept and served unchanged, versioned by
    /// <c>modified</c> when it has one.</summary>
    Custom,
}
