using Tocsin.Storage;

namespace Tocsin.Server.Taxii;

/// <summary>The TAXII <c>version</c> of a stored object and its media type.</summary>
public static class TaxiiVersions
{
    /// <summary><c>modified</c>; for an object without it, <c>created</c>; for one with neither (an SCO),
    /// its <c>date_added</c> (TAXII 2.1 §3.4.2 and §5.3.1). Timestamps are given as the object writes them.</summary>
    public static string VersionOf(StoredObject stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Object.VersionTimestamp?.Text ?? stored.DateAdded.ToTaxiiString();
    }

    /// <summary>The STIX media type of the object's <c>spec_version</c> (2.1 when absent on an SCO; 2.0 for
    /// a domain object written without it, as STIX 2.1 §3.1 implies).</summary>
    public static string MediaTypeOf(StoredObject stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var version = stored.Object.SpecVersion
            ?? (stored.Object.Category == Core.Stix.StixObjectCategory.CyberObservable ? "2.1" : "2.0");
        return "application/stix+json;version=" + version;
    }
}
