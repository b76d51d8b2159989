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

    private static readonly ReferenceTarget _sco = new("an SCO", static type =>
        StixTypes.CategoryOf(type) is StixObjectCategory.CyberObservable or StixObjectCategory.Custom);

    private static readonly ReferenceTarget _networkEndpoint = new("ipv4-addr, ipv6-addr, mac-addr or domain-name", static type =>
        type is "ipv4-addr" or "ipv6-addr" or "mac-addr" or "domain-name");

    // Embedded relationships common to every object (§3.2, §7.2.2, §7.2.3).
    private static readonly FrozenDictionary<string, ReferenceTarget> _common = new Dictionary<string, ReferenceTarget>(StringComparer.Ordinal)
    {
        ["created_by_ref"] = _identity,
        ["object_marking_refs"] = _markingDefinition,
        ["marking_ref"] = _markingDefinition,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Per-type embedded relationships (§4, §5.1.2, §5.2.1, §6), keyed "type/property".
    private static readonly FrozenDictionary<string, ReferenceTarget> _perType = new Dictionary<string, ReferenceTarget>(StringComparer.Ordinal)
    {
        ["relationship/source_ref"] = _sdoOrSco,
        ["relationship/target_ref"] = _sdoOrSco,
        ["sighting/sighting_of_ref"] = new("an SDO", static type =>
            StixTypes.CategoryOf(type) is StixObjectCategory.DomainObject or StixObjectCategory.Custom),
        ["sighting/observed_data_refs"] = Only("observed-data"),
        ["sighting/where_sighted_refs"] = new("identity or location", static type => type is "identity" or "location"),

        // §4.12–§4.15 embedded relationships of SDOs.
        ["malware/operating_system_refs"] = Only("software"),
        ["malware/sample_refs"] = new("file or artifact", static type => type is "file" or "artifact"),
        ["malware-analysis/host_vm_ref"] = Only("software"),
        ["malware-analysis/operating_system_ref"] = Only("software"),
        ["malware-analysis/installed_software_refs"] = Only("software"),
        ["malware-analysis/analysis_sco_refs"] = _sco,
        ["malware-analysis/sample_ref"] = new("file, artifact or network-traffic", static type => type is "file" or "artifact" or "network-traffic"),
        ["observed-data/object_refs"] = new("an SCO or SRO", static type =>
            StixTypes.CategoryOf(type) is StixObjectCategory.CyberObservable or StixObjectCategory.RelationshipObject or StixObjectCategory.Custom),

        // §6 embedded relationships of SCOs and their predefined extensions.
        ["directory/contains_refs"] = new("file or directory", static type => type is "file" or "directory"),
        ["domain-name/resolves_to_refs"] = new("ipv4-addr, ipv6-addr or domain-name", static type => type is "ipv4-addr" or "ipv6-addr" or "domain-name"),
        ["email-addr/belongs_to_ref"] = Only("user-account"),
        ["email-message/from_ref"] = Only("email-addr"),
        ["email-message/sender_ref"] = Only("email-addr"),
        ["email-message/to_refs"] = Only("email-addr"),
        ["email-message/cc_refs"] = Only("email-addr"),
        ["email-message/bcc_refs"] = Only("email-addr"),
        ["email-message/raw_email_ref"] = Only("artifact"),
        ["email-message/body_raw_ref"] = new("artifact or file", static type => type is "artifact" or "file"),
        ["file/parent_directory_ref"] = Only("directory"),
        ["file/content_ref"] = Only("artifact"),
        ["file/contains_refs"] = _sco,
        ["ipv4-addr/resolves_to_refs"] = Only("mac-addr"),
        ["ipv4-addr/belongs_to_refs"] = Only("autonomous-system"),
        ["ipv6-addr/resolves_to_refs"] = Only("mac-addr"),
        ["ipv6-addr/belongs_to_refs"] = Only("autonomous-system"),
        ["network-traffic/src_ref"] = _networkEndpoint,
        ["network-traffic/dst_ref"] = _networkEndpoint,
        ["network-traffic/src_payload_ref"] = Only("artifact"),
        ["network-traffic/dst_payload_ref"] = Only("artifact"),
        ["network-traffic/encapsulates_refs"] = Only("network-traffic"),
        ["network-traffic/encapsulated_by_ref"] = Only("network-traffic"),
        ["network-traffic/message_body_data_ref"] = Only("artifact"),
        ["process/opened_connection_refs"] = Only("network-traffic"),
        ["process/creator_user_ref"] = Only("user-account"),
        ["process/image_ref"] = Only("file"),
        ["process/parent_ref"] = Only("process"),
        ["process/child_refs"] = Only("process"),
        ["process/service_dll_refs"] = Only("file"),
        ["windows-registry-key/creator_user_ref"] = Only("user-account"),
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

        if (!StixTypes.IsDefined(type))
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
