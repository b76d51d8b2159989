namespace Tocsin.Core.Plan.Measures;

/// <summary>The JSON shape of a measures catalogue file, before validation.</summary>
internal sealed class MeasureCatalogueFile
{
    public string? Scheme { get; set; }

    public List<MeasureDomainFile?>? Domains { get; set; }

    public List<MeasureFile?>? Measures { get; set; }
}
