namespace Tocsin.Core.Plan.Measures;

/// <summary>One protective measure of a scheme's catalogue.</summary>
public sealed record Measure
{
    /// <summary>Identifier unique within the catalogue, e.g. <c>RSB-01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Id of the catalogue's <see cref="MeasureDomain"/> the measure belongs to, e.g. <c>gatherings</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>Title per language of the scheme. Restricted measures carry their real title: they are never shown
    /// to the public, only to those they are addressed to.</summary>
    public required IReadOnlyDictionary<string, string> Titles { get; init; }

    /// <summary>What the measure aims at, per language; empty when the catalogue gives none.</summary>
    public IReadOnlyDictionary<string, string> Objective { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>What those it is addressed to are expected to put in place, per language; empty when the catalogue
    /// gives none.</summary>
    public IReadOnlyDictionary<string, string> Implementation { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>True when the measure may be shown to the public; false when it is restricted.</summary>
    public required bool IsPublic { get; init; }

    /// <summary>Key of the lowest level at which the measure is active; it stays active at every higher level. This is
    /// the level-based default a posture starts from.</summary>
    public required string FromLevelKey { get; init; }

    /// <summary>Ids of the sectors the measure is addressed to (<see cref="Recipients.RecipientTerms.Sectors"/>); empty:
    /// every sector.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Ids of the recipient groups the measure is addressed to (<see cref="Recipients.RecipientTerms.Groups"/>);
    /// empty: every group.</summary>
    public IReadOnlyList<string> RecipientGroups { get; init; } = [];
}
