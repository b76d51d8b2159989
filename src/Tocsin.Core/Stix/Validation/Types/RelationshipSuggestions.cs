using System.Collections.Frozen;

namespace Tocsin.Core.Stix.Validation.Types;

/// <summary>The relationships STIX 2.1 suggests for each source type (the "Relationships" tables of
/// §4.1–§4.20 and the common ones of §5.1.1: derived-from, duplicate-of, related-to).</summary>
internal static class RelationshipSuggestions
{
    private static readonly string[] _scos = [.. StixTypes.CyberObservables];

    // source type -> relationship type -> suggested target types
    private static readonly FrozenDictionary<string, FrozenDictionary<string, FrozenSet<string>>> _bySource = Build(new()
    {
        ["attack-pattern"] = new() { ["delivers"] = ["malware"], ["targets"] = ["identity", "location", "vulnerability"], ["uses"] = ["malware", "tool"] },
        ["campaign"] = new()
        {
            ["attributed-to"] = ["intrusion-set", "threat-actor"],
            ["compromises"] = ["infrastructure"],
            ["originates-from"] = ["location"],
            ["targets"] = ["identity", "location", "vulnerability"],
            ["uses"] = ["attack-pattern", "infrastructure", "malware", "tool"],
        },
        ["course-of-action"] = new()
        {
            ["investigates"] = ["indicator"],
            ["mitigates"] = ["attack-pattern", "indicator", "malware", "tool", "vulnerability"],
            ["remediates"] = ["malware", "vulnerability"],
        },
        ["identity"] = new() { ["located-at"] = ["location"] },
        ["indicator"] = new()
        {
            ["indicates"] = ["attack-pattern", "campaign", "infrastructure", "intrusion-set", "malware", "threat-actor", "tool"],
            ["based-on"] = ["observed-data"],
        },
        ["infrastructure"] = new()
        {
            ["communicates-with"] = ["infrastructure", "ipv4-addr", "ipv6-addr", "domain-name", "url"],
            ["consists-of"] = ["infrastructure", "observed-data", .. _scos],
            ["controls"] = ["infrastructure", "malware"],
            ["delivers"] = ["malware"],
            ["has"] = ["vulnerability"],
            ["hosts"] = ["tool", "malware"],
            ["located-at"] = ["location"],
            ["uses"] = ["infrastructure"],
        },
        ["intrusion-set"] = new()
        {
            ["attributed-to"] = ["threat-actor"],
            ["compromises"] = ["infrastructure"],
            ["hosts"] = ["infrastructure"],
            ["owns"] = ["infrastructure"],
            ["originates-from"] = ["location"],
            ["targets"] = ["identity", "location", "vulnerability"],
            ["uses"] = ["attack-pattern", "infrastructure", "malware", "tool"],
        },
        ["malware"] = new()
        {
            ["authored-by"] = ["threat-actor", "intrusion-set"],
            ["beacons-to"] = ["infrastructure"],
            ["exfiltrate-to"] = ["infrastructure"],
            ["communicates-with"] = ["ipv4-addr", "ipv6-addr", "domain-name", "url"],
            ["controls"] = ["malware"],
            ["downloads"] = ["malware", "tool", "file"],
            ["drops"] = ["malware", "tool", "file"],
            ["exploits"] = ["vulnerability"],
            ["originates-from"] = ["location"],
            ["targets"] = ["identity", "infrastructure", "location", "vulnerability"],
            ["uses"] = ["attack-pattern", "infrastructure", "malware", "tool"],
            ["variant-of"] = ["malware"],
        },
        ["malware-analysis"] = new()
        {
            ["characterizes"] = ["malware"],
            ["analysis-of"] = ["malware"],
            ["static-analysis-of"] = ["malware"],
            ["dynamic-analysis-of"] = ["malware"],
        },
        ["threat-actor"] = new()
        {
            ["attributed-to"] = ["identity"],
            ["compromises"] = ["infrastructure"],
            ["hosts"] = ["infrastructure"],
            ["owns"] = ["infrastructure"],
            ["impersonates"] = ["identity"],
            ["located-at"] = ["location"],
            ["targets"] = ["identity", "location", "vulnerability"],
            ["uses"] = ["attack-pattern", "infrastructure", "malware", "tool"],
        },
        ["tool"] = new()
        {
            ["delivers"] = ["malware"],
            ["drops"] = ["malware"],
            ["has"] = ["vulnerability"],
            ["targets"] = ["identity", "infrastructure", "location", "vulnerability"],
            ["uses"] = ["infrastructure"],
        },
    });

    private static readonly FrozenSet<string> _common = new[] { "derived-from", "duplicate-of", "related-to" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Null when the relationship is suggested (or the source type is not one the specification
    /// defines), else a message saying what is suggested instead.</summary>
    public static string? Check(string sourceType, string relationshipType, string targetType)
    {
        if (_common.Contains(relationshipType))
        {
            // §5.1.1: derived-from and duplicate-of join objects of the same type.
            return relationshipType != "related-to" && sourceType != targetType
                ? $"'{relationshipType}' should join two objects of the same type, not '{sourceType}' and '{targetType}' (§5.1.1)."
                : null;
        }

        if (!StixTypes.IsDefined(sourceType) || !StixTypes.IsDefined(targetType))
        {
            return null;
        }

        if (!_bySource.TryGetValue(sourceType, out var byType) || !byType.TryGetValue(relationshipType, out var targets))
        {
            return $"'{relationshipType}' is not a relationship STIX 2.1 suggests from '{sourceType}'; use a suggested one, or related-to, when one fits.";
        }

        return targets.Contains(targetType)
            ? null
            : $"'{sourceType} {relationshipType}' is suggested towards {string.Join(", ", targets.Order(StringComparer.Ordinal))}, not '{targetType}'.";
    }

    private static FrozenDictionary<string, FrozenDictionary<string, FrozenSet<string>>> Build(
        Dictionary<string, Dictionary<string, string[]>> table) =>
        table.ToFrozenDictionary(
            static source => source.Key,
            static source => source.Value.ToFrozenDictionary(static r => r.Key, static r => r.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal),
            StringComparer.Ordinal);
}
