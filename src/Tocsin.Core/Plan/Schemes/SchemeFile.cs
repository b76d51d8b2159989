namespace Tocsin.Core.Plan.Schemes;

/// <summary>The JSON shape of a scheme file, before validation: everything optional so that the
/// reader can report every missing or wrong value at once.</summary>
internal sealed class SchemeFile
{
    public string? Id { get; set; }

    public Dictionary<string, string>? Names { get; set; }

    public Dictionary<string, string>? Issuer { get; set; }

    public string? Country { get; set; }

    public List<string>? Languages { get; set; }

    public string? Baseline { get; set; }

    public string? TerritorySet { get; set; }

    public string? TerritoryRule { get; set; }

    public List<LevelFile>? Levels { get; set; }

    public CapExpiresFile? CapExpires { get; set; }
}
