namespace Tocsin.Server.Taxii;

/// <summary>The three paged TAXII resources.</summary>
public enum TaxiiPageKind
{
    /// <summary>The envelope (§3.7): the objects themselves.</summary>
    Envelope,

    /// <summary>The manifest (§5.3): one record per version.</summary>
    Manifest,

    /// <summary>The versions resource (§5.8): version strings.</summary>
    Versions,
}
