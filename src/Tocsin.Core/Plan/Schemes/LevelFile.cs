namespace Tocsin.Core.Plan.Schemes;

/// <summary>The JSON shape of one level in a scheme file, before validation.</summary>
internal sealed class LevelFile
{
    public string? Key { get; set; }

    public int? Rank { get; set; }

    public Dictionary<string, string>? Names { get; set; }

    public string? Colour { get; set; }

    public Dictionary<string, string>? Descriptions { get; set; }

    public Dictionary<string, string>? CapEvent { get; set; }

    public string? Urgency { get; set; }

    public string? Severity { get; set; }

    public string? Certainty { get; set; }

    public string? MaximumDuration { get; set; }

    public bool? ExpiryRequired { get; set; }
}
