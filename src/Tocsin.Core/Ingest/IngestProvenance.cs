namespace Tocsin.Core.Ingest;

/// <summary>The Tocsin ingest provenance extension (STIX 2.1 §7.3, a property extension) that every drafted
/// object carries: <c>spans</c> ([{start, end}], UTF-16 offsets into the NFC report text), <c>confidence</c>
/// (0–100, extraction confidence), <c>report_ref</c>, <c>field</c>, and for notes <c>level_change</c> or
/// <c>quote</c>. docs/ingest.md, "Provenance".</summary>
public static class IngestProvenance
{
    /// <summary>The extension-definition id.</summary>
    public const string ExtensionId = "extension-definition--b33c8af4-25c9-48a1-88fa-235477f43d63";

    private static readonly Lazy<Stix.StixObject> Definition = new(() =>
        Stix.StixObject.FromTrusted(IngestResources.Read("ingest-provenance-extension-definition.json")));

    /// <summary>The extension-definition object, created by the Tocsin identity and marked TLP:CLEAR; every
    /// draft bundle includes it.</summary>
    public static Stix.StixObject ExtensionDefinition => Definition.Value;
}
