namespace Tocsin.Core.Plan.Measures;

/// <summary>The JSON shape of one measure in a catalogue file, before validation.</summary>
internal sealed class MeasureFile
{
    public string? Id { get; set; }

    public string? Domain { get; set; }

    public Dictionary<string, string>? Titles { get; set; }

    public Dictionary<string, string>? Objective { get; set; }

    public Dictionary<string, string>? Implementation { get; set; }

    public bool? Public { get; set; }

    public string? FromLevel { get; set; }

    public List<string>? Sectors { get; set; }

    public List<string>? RecipientGroups { get; set; }
}
