namespace Tocsin.Core.Stix.Validation;

/// <summary>The stable codes of the rules <see cref="StixValidator"/> applies to every STIX 2.1 object.
/// Tools and tests match on these; a code never changes meaning once published.</summary>
/// <remarks>Section numbers refer to STIX Version 2.1 Errata 01 (the authoritative Markdown edition).</remarks>
public static class RuleCodes
{
    /// <summary>A property the object's category requires is missing (§3.1, §3.2). Error.</summary>
    public const string Required = "required";

    /// <summary>A property has the wrong JSON type, e.g. a number where a string is required (§2, §12.1). Error.</summary>
    public const string PropertyType = "property-type";

    /// <summary>The same name appears twice in one JSON object (I-JSON, RFC 7493 §2.3, required by §1.2.10). Error.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary><c>type</c> is not 3–250 characters of a–z, 0–9 and single hyphens starting with a letter (§3.1). Error.</summary>
    public const string TypeFormat = "type-format";

    /// <summary>A custom object type does not start with <c>x-</c> (§11.2.1, SHOULD). Warning.</summary>
    public const string CustomTypePrefix = "custom-type-prefix";

    /// <summary>A custom object not defined through an extension definition; custom objects are deprecated (§11.2). Warning.</summary>
    public const string CustomObjectDeprecated = "custom-object-deprecated";

    /// <summary><c>id</c> is not <c>type--UUID</c> with an RFC 4122 UUID (§2.9). Error.</summary>
    public const string IdFormat = "id-format";

    /// <summary>The type part of <c>id</c> differs from <c>type</c> (§2.9). Error.</summary>
    public const string IdTypeMismatch = "id-type-mismatch";

    /// <summary>The UUID version is not the recommended one: v4 for SDOs, SROs and SMOs, v5 (or v4) for SCOs (§2.9, SHOULD). Warning.</summary>
    public const string IdUuidVersion = "id-uuid-version";

    /// <summary><c>spec_version</c> is not <c>2.1</c> (§3.2). Error.</summary>
    public const string SpecVersion = "spec-version";

    /// <summary>A timestamp is not <c>YYYY-MM-DDTHH:mm:ss[.s+]Z</c> (§2.16). Error.</summary>
    public const string TimestampFormat = "timestamp-format";

    /// <summary><c>created</c> or <c>modified</c> has fewer than three fraction digits (§3.2: minimum precision milliseconds). Error.</summary>
    public const string TimestampPrecision = "timestamp-precision";

    /// <summary><c>modified</c> is earlier than <c>created</c> (§3.2, §3.6.1). Error.</summary>
    public const string ModifiedBeforeCreated = "modified-before-created";

    /// <summary>A property name is not 3–250 characters of a–z, 0–9 and underscore starting with a letter (§3.1, §7.3.2, §11.1.1). Error.</summary>
    public const string PropertyNameFormat = "property-name-format";

    /// <summary>A reserved property name is used (§3.8). Error.</summary>
    public const string ReservedProperty = "reserved-property";

    /// <summary>A custom (<c>x_</c>) property on a specification-defined object instead of an extension; custom properties are deprecated (§11.1). Warning.</summary>
    public const string CustomPropertyDeprecated = "custom-property-deprecated";

    /// <summary>A common property that the object's category does not use (§3.2 table). Warning.</summary>
    public const string NotApplicableProperty = "not-applicable-property";

    /// <summary><c>defanged</c> on an object that is not an SCO (§3.2: MUST NOT). Error.</summary>
    public const string DefangedNotSco = "defanged-not-sco";

    /// <summary>An empty list (§2.12). Error.</summary>
    public const string EmptyList = "empty-list";

    /// <summary>An empty dictionary (§2.3). Error.</summary>
    public const string EmptyDictionary = "empty-dictionary";

    /// <summary>A dictionary key is not ASCII letters, digits, hyphen and underscore, or is longer than 250 characters (§2.3). Error.</summary>
    public const string DictionaryKeyFormat = "dictionary-key-format";

    /// <summary>A <c>*_ref</c> or <c>*_refs</c> value is not a STIX identifier (§2.9, §3.1). Error.</summary>
    public const string RefFormat = "ref-format";

    /// <summary>A reference points to an object type the property does not allow (§3.3 and the property's definition). Error.</summary>
    public const string RefTargetType = "ref-target-type";

    /// <summary><c>confidence</c> is not an integer from 0 to 100 (§3.2). Error.</summary>
    public const string ConfidenceRange = "confidence-range";

    /// <summary>A <c>lang</c> value is not a well-formed RFC 5646 language tag (§3.2, §7.2.3). Error.</summary>
    public const string LangFormat = "lang-format";

    /// <summary>An external reference has none of <c>description</c>, <c>url</c>, <c>external_id</c> (§2.5.2). Error.</summary>
    public const string ExternalReferenceContent = "external-reference-content";

    /// <summary>An external reference <c>url</c> is not an absolute URL (§2.5.1, RFC 3986). Error.</summary>
    public const string UrlFormat = "url-format";

    /// <summary>A <c>capec</c> or <c>cve</c> external id is not <c>CAPEC-n</c> or <c>CVE-yyyy-n</c> (§4.1, §4.19). Error.</summary>
    public const string ExternalIdFormat = "external-id-format";

    /// <summary>A hash key is not 3–250 ASCII letters, digits, hyphens and underscores (§2.7). Error.</summary>
    public const string HashKeyFormat = "hash-key-format";

    /// <summary>A hash algorithm outside the <c>hash-algorithm-ov</c> vocabulary (§2.7, §10.6, SHOULD). Warning.</summary>
    public const string HashAlgorithm = "hash-algorithm";

    /// <summary>A granular marking has both or neither of <c>marking_ref</c> and <c>lang</c> (§7.2.3). Error.</summary>
    public const string GranularMarkingChoice = "granular-marking-choice";

    /// <summary>A granular marking selector is not dotted property names and <c>[n]</c> indexes (§7.2.3). Error.</summary>
    public const string SelectorSyntax = "selector-syntax";

    /// <summary>A granular marking selector does not resolve to content present in the object (§7.2.3). Error.</summary>
    public const string SelectorUnresolved = "selector-unresolved";

    /// <summary>A marking definition marks itself (§3.2 <c>object_marking_refs</c>: no circular references). Error.</summary>
    public const string MarkingSelfReference = "marking-self-reference";

    /// <summary>An <c>extensions</c> key is neither an extension-definition id nor a predefined extension name (§3.2, SHOULD). Warning.</summary>
    public const string ExtensionKey = "extension-key";

    /// <summary>A deprecated custom SCO extension name does not end in <c>-ext</c> or uses other characters than a–z, 0–9, hyphen (§11.3.1). Error.</summary>
    public const string CustomExtensionName = "custom-extension-name";

    /// <summary>An extension value is not a JSON object (§3.2). Error.</summary>
    public const string ExtensionValue = "extension-value";

    /// <summary>An extension keyed by an extension-definition id has no <c>extension_type</c> (§3.2, §7.3). Error.</summary>
    public const string ExtensionTypeMissing = "extension-type-missing";

    /// <summary><c>extension_type</c> is not a value of <c>extension-type-enum</c> (§10.5). Error.</summary>
    public const string ExtensionTypeValue = "extension-type-value";

    /// <summary>A <c>new-sdo</c>/<c>new-sco</c>/<c>new-sro</c> extension on a type the specification defines (§7.3: MUST NOT redefine). Error.</summary>
    public const string ExtensionRedefinesType = "extension-redefines-type";

    /// <summary>A marking definition has neither <c>extensions</c> nor both <c>definition_type</c> and <c>definition</c> (§7.2.1). Error.</summary>
    public const string MarkingDefinitionContent = "marking-definition-content";

    /// <summary>A TLP 1.0 marking definition other than the four the specification publishes (§7.2.1.4). Error.</summary>
    public const string TlpInstance = "tlp-instance";

    /// <summary>A TLP 2.0 extension whose <c>tlp_2_0</c> is not clear, green, amber, amber+strict or red. Error.</summary>
    public const string Tlp2Value = "tlp2-value";

    /// <summary>A value outside an open vocabulary (§10, "-ov": SHOULD use a suggested value). Warning.</summary>
    public const string VocabularyValue = "vocabulary-value";

    /// <summary>A value outside a closed enumeration (§10, "-enum": MUST). Error.</summary>
    public const string EnumValue = "enum-value";

    /// <summary>A number outside its range: integers beyond 54 bits (§2.10), <c>count</c>, <c>number_observed</c>,
    /// latitude, longitude, ports, sizes (§4–§6). Error.</summary>
    public const string ValueRange = "value-range";

    /// <summary>Two timestamps in the wrong order, e.g. <c>valid_until</c> not after <c>valid_from</c>,
    /// <c>last_seen</c> before <c>first_seen</c> (§4, §5, §6). Error.</summary>
    public const string TimeOrder = "time-order";

    /// <summary>None of a set of properties of which the type requires at least one (e.g. a location's
    /// region, country or coordinates, §4.10). Error.</summary>
    public const string RequiredOneOf = "required-one-of";

    /// <summary>A property present without the one it requires, or together with one it excludes (e.g.
    /// latitude without longitude, §4.10). Error.</summary>
    public const string PropertyDependency = "property-dependency";

    /// <summary>A kill-chain phase without string <c>kill_chain_name</c> and <c>phase_name</c> (§2.11). Error.</summary>
    public const string KillChainPhase = "kill-chain-phase";

    /// <summary>A kill-chain or phase name not lower case with hyphens (§2.11, SHOULD). Warning.</summary>
    public const string KillChainPhaseFormat = "kill-chain-phase-format";

    /// <summary>A hash value not in its algorithm's format, e.g. an MD5 that is not 32 hex digits (§2.7). Error.</summary>
    public const string HashValueFormat = "hash-value-format";

    /// <summary>A <c>hex</c> value that is not an even number of lower-case hex digits (§2.8). Error.</summary>
    public const string HexFormat = "hex-format";

    /// <summary>A <c>binary</c> value that is not base64 (§2.2). Error.</summary>
    public const string BinaryFormat = "binary-format";

    /// <summary>A <c>stix</c> indicator pattern that does not parse (§9); the message names the position. Error.</summary>
    public const string PatternSyntax = "pattern-syntax";

    /// <summary><c>relationship_type</c> is not ASCII a–z, 0–9 and hyphen (§5.1.2). Error.</summary>
    public const string RelationshipTypeFormat = "relationship-type-format";

    /// <summary>A relationship type, or its source and target types, not among those the specification
    /// suggests for the source (§4.x "Relationships", §5.1.2, SHOULD). Warning.</summary>
    public const string RelationshipSuggested = "relationship-suggested";

    /// <summary>An SCO id whose UUIDv5 differs from the one its id-contributing properties give (§2.9, SHOULD). Warning.</summary>
    public const string ScoIdMismatch = "sco-id-mismatch";

    /// <summary>An SCO value not in the format its type defines, e.g. a MAC address that is not colon-delimited
    /// lower-case MAC-48 (§6.10). Error.</summary>
    public const string ValueFormat = "value-format";

    /// <summary>A toplevel-property-extension whose entry in <c>extensions</c> holds more than
    /// <c>extension_type</c>, or an extension definition whose <c>extension_properties</c> do not go with
    /// its types (§7.3). Warning.</summary>
    public const string ExtensionShape = "extension-shape";

    /// <summary>A predefined SCO extension on an object type it does not extend, e.g. <c>ntfs-ext</c> on a process (§6). Error.</summary>
    public const string ExtensionObjectType = "extension-object-type";

    /// <summary>A predefined SCO extension without any of the properties of which it must contain at least one (§6.7.2, §6.12.5, §6.13, §6.16.2). Error.</summary>
    public const string ExtensionEmpty = "extension-empty";

    /// <summary>A dictionary value of the wrong type inside a predefined SCO extension, e.g. an <c>http-request-ext</c>
    /// <c>request_header</c> value that is not a list of strings (§6.12.2), a socket option that is not an integer (§6.12.4). Error.</summary>
    public const string DictionaryValueType = "dictionary-value-type";

    /// <summary>An <c>ipv4-addr</c> or <c>ipv6-addr</c> value that is neither a single address nor a CIDR block (§6.8.1, §6.9.1). Error.</summary>
    public const string IpAddressFormat = "ip-address-format";

    /// <summary>A <c>*_enc</c> value that is not the name the IANA Character Sets registry gives a character set: its
    /// Preferred MIME Name, else its Name (§6.3.1, §6.7.1). Error.</summary>
    public const string CharsetName = "charset-name";

    /// <summary>A <c>bundle</c> identifier in a reference: a bundle is not a STIX object and cannot be referenced (§8, §3.1). Error.</summary>
    public const string RefToBundle = "ref-to-bundle";

    /// <summary>A CVE or CAPEC identifier in an external reference whose <c>source_name</c> is not <c>cve</c> or <c>capec</c>
    /// (§4.19: "When specifying a CVE ID, the source_name property … MUST be set to cve"; §4.1 likewise for CAPEC). Error.</summary>
    public const string ExternalIdSource = "external-id-source";

    /// <summary>An <c>email-addr</c> value that carries a display name or is not an addr-spec (§6.5.1: "MUST NOT include the display name"). Error.</summary>
    public const string EmailAddressFormat = "email-address-format";

    /// <summary><c>extension_properties</c> on an extension definition whose types are new objects (<c>new-sdo</c>, <c>new-sco</c>,
    /// <c>new-sro</c>) and not <c>toplevel-property-extension</c> (§7.3.1). Error.</summary>
    public const string ExtensionPropertiesForbidden = "extension-properties-forbidden";

    /// <summary>An SCO with a UUIDv5 id although its type has no ID contributing properties or the object has none of them
    /// (§2.9: a UUIDv4 must then be used). Error.</summary>
    public const string ScoIdUuid4 = "sco-id-uuid4";

    /// <summary>A <c>software</c> <c>cpe</c> that is not a CPE 2.3 formatted string (§6.14.1, NISTIR 7695 §6.2). Error.</summary>
    public const string CpeFormat = "cpe-format";

    /// <summary>A <c>windows-registry-key</c> key whose hive is abbreviated, e.g. <c>HKLM</c> for <c>HKEY_LOCAL_MACHINE</c> (§6.17.1). Error.</summary>
    public const string RegistryHive = "registry-hive";

    /// <summary>A <c>stix</c> pattern's object path names a property the SCO type does not have and that is not custom
    /// (<c>x_</c> prefix, or inside an extension of an extension definition) (§9.7). Error.</summary>
    public const string PatternProperty = "pattern-property";

    /// <summary>An entry of the deprecated <c>observed-data</c> <c>objects</c> dictionary that is not an SCO, or an SCO
    /// that breaks its type's rules (§4.14). Error.</summary>
    public const string ObservedObject = "observed-object";
}
