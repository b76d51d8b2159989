using Tocsin.Core.Plan.Measures;

namespace Tocsin.Core.Plan.Postures;

/// <summary>The measures applying on a territory at an instant, and where they come from.</summary>
/// <param name="TerritoryId">The territory asked about.</param>
/// <param name="At">The instant (UTC).</param>
/// <param name="LevelKey">The level in force there and then.</param>
/// <param name="Posture">The posture in force; null when none is and the level's default list applies.</param>
/// <param name="Measures">The measures, in catalogue order.</param>
public sealed record MeasuresInForce(string TerritoryId, DateTimeOffset At, string LevelKey, Posture? Posture, IReadOnlyList<Measure> Measures)
{
    /// <summary>True when no posture is in force: the measures are those the level activates by default.</summary>
    public bool IsLevelDefault => Posture is null;
}
