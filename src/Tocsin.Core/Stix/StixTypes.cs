using System.Collections.Frozen;

namespace Tocsin.Core.Stix;

/// <summary>Every object type STIX 2.1 defines, with its category: 19 SDOs, 2 SROs, 18 SCOs and
/// the three meta objects. A type not listed here is <see cref="StixObjectCategory.Custom"/>.</summary>
public static class StixTypes
{
    /// <summary>The 19 STIX Domain Object types (§4).</summary>
    public static IReadOnlyList<string> DomainObjects { get; } =
    [
        "attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator",
        "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note",
        "observed-data", "opinion", "report", "threat-actor", "tool", "vulnerability",
    ];

    /// <summary>The two STIX Relationship Object types (§5).</summary>
    public static IReadOnlyList<string> RelationshipObjects { get; } = ["relationship", "sighting"];

    /// <summary>The 18 STIX Cyber-observable Object types (§6).</summary>
    public static IReadOnlyList<string> CyberObservables { get; } =
    [
        "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file",
        "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url",
        "user-account", "windows-registry-key", "x509-certificate",
    ];

    private static readonly FrozenDictionary<string, StixObjectCategory> Categories = BuildCategories();

    /// <summary>The category of <paramref name="type"/>; <see cref="StixObjectCategory.Custom"/> for a type
    /// the specification does not define.</summary>
    public static StixObjectCategory CategoryOf(string type) =>
        Categories.TryGetValue(type, out var category) ? category : StixObjectCategory.Custom;

    /// <summary>True when <paramref name="type"/> is defined by STIX 2.1 (not custom).</summary>
    public static bool IsDefined(string type) => Categories.ContainsKey(type);

    private static FrozenDictionary<string, StixObjectCategory> BuildCategories()
    {
        var map = new Dictionary<string, StixObjectCategory>(StringComparer.Ordinal);
        foreach (var t in DomainObjects)
        {
            map[t] = StixObjectCategory.DomainObject;
        }

        foreach (var t in RelationshipObjects)
        {
            map[t] = StixObjectCategory.RelationshipObject;
        }

        foreach (var t in CyberObservables)
        {
            map[t] = StixObjectCategory.CyberObservable;
        }

        map["marking-definition"] = StixObjectCategory.MarkingDefinition;
        map["extension-definition"] = StixObjectCategory.ExtensionDefinition;
        map["language-content"] = StixObjectCategory.LanguageContent;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
