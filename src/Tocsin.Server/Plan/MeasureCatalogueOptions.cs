namespace Tocsin.Server.Plan;

/// <summary>The deployment's own measures catalogues, section <c>Tocsin:Plan</c>; validated at start.</summary>
public sealed class MeasureCatalogueOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Tocsin:Plan";

    /// <summary>Catalogue files (docs/measures.md), or directories whose <c>*.json</c> files are each a catalogue. Each
    /// replaces the shipped catalogue of the scheme it names; a scheme named by none keeps its shipped one. Empty by
    /// default. A file with any problem stops the server at start.</summary>
    public List<string> MeasureCatalogues { get; init; } = [];
}
