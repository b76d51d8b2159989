namespace Tocsin.Core.Plan.Measures;

/// <summary>One protective measure of a scheme's catalogue.</summary>
public sealed record Measure
{
    /// <summary>Identifier unique within the catalogue, e.g. <c>RAS-01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Area of public life it applies to.</summary>
    public required MeasureDomain Domain { get; init; }

    /// <summary>Title per language of the scheme. Restricted measures carry a neutral title.</summary>
    public required IReadOnlyDictionary<string, string> Titles { get; init; }

    /// <summary>True when the measure may be shown to the public; false when it is restricted.</summary>
    public required bool IsPublic { get; init; }

    /// <summary>Key of the lowest level at which the measure is active; it stays active at every higher level.</summary>
    public required string FromLevelKey { get; init; }

    /// <summary>Ids of the sectors the measure is addressed to (<see cref="Recipients.RecipientTerms.Sectors"/>); empty:
    /// every sector.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Ids of the recipient groups the measure is addressed to (<see cref="Recipients.RecipientTerms.Groups"/>);
    /// empty: every group.</summary>
    public IReadOnlyList<string> RecipientGroups { get; init; } = [];
}
