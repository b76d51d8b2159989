namespace Tocsin.Server.Plan;

/// <summary>The level in force on one territory.</summary>
/// <param name="Territory">Territory id, e.g. <c>FRA-D75</c>.</param>
/// <param name="Name">Territory name.</param>
/// <param name="Level">Level key.</param>
/// <param name="LevelNames">Level name per language of the scheme.</param>
/// <param name="Colour">Level colour, <c>#RRGGBB</c>.</param>
/// <param name="Since">Start of the stretch with this level and deciding decision; null when the baseline
/// has applied since before any decision.</param>
/// <param name="DecisionId">The deciding decision; null for the baseline.</param>
/// <param name="Baseline">True when no decision is in force and the scheme's baseline applies.</param>
/// <param name="Overdue">True when the deciding decision is past its review-by time.</param>
public sealed record LevelEntry(
    string Territory,
    string Name,
    string Level,
    IReadOnlyDictionary<string, string> LevelNames,
    string Colour,
    DateTimeOffset? Since,
    Guid? DecisionId,
    bool Baseline,
    bool Overdue);
