using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Plan.Decisions;

/// <summary>The level in force on a territory at an instant, and what decided it.</summary>
/// <param name="TerritoryId">The territory asked about.</param>
/// <param name="At">The instant (UTC).</param>
/// <param name="Level">The level.</param>
/// <param name="Decision">The deciding decision; null when the scheme's baseline applies.</param>
public sealed record LevelInForce(string TerritoryId, DateTimeOffset At, AlertLevel Level, Decision? Decision)
{
    /// <summary>True when no decision is in force and the baseline applies.</summary>
    public bool IsBaseline => Decision is null;
}
