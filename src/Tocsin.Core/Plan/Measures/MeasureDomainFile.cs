namespace Tocsin.Core.Plan.Measures;

/// <summary>The JSON shape of one domain declared by a catalogue file, before validation.</summary>
internal sealed class MeasureDomainFile
{
    public string? Id { get; set; }

    public string? Code { get; set; }

    public Dictionary<string, string>? Titles { get; set; }

    public Dictionary<string, string>? Objective { get; set; }
}
