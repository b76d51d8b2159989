namespace Tocsin.Core.Stix;

/// <summary>Identifiers of the extension-definitions Tocsin uses (STIX 2.1 §7.3). Tocsin's own are
/// published as objects in every export; see docs/stix-extensions.md.</summary>
public static class TocsinExtensions
{
    /// <summary>Tocsin's assertion extension on <c>attributed-to</c> relationships: who asserts it,
    /// the basis (claim, assessment, accusation), when, in which report, the Admiralty grade.</summary>
    public const string AssertionId = "extension-definition--8b07da4d-51da-4cd7-9991-5a8cb9038146";

    /// <summary>Tocsin's terrorism extension on incidents: attack type, target type, killed, injured, weapons.</summary>
    public const string TerrorismIncidentId = "extension-definition--8797ff91-b8a6-4a68-a2fe-22be61b855be";

    /// <summary>The OASIS Incident Core Extension (determination, investigation status, …), which Tocsin
    /// uses where it fits rather than redefining it.</summary>
    public const string OasisIncidentCoreId = "extension-definition--ef765651-680c-498d-9894-99799f2fa126";

    /// <summary>The identity of Tocsin as the maker of its extension definitions.</summary>
    public const string TocsinIdentityId = "identity--88d4a00d-9b38-45bb-80e2-06a7dc4f7947";
}
