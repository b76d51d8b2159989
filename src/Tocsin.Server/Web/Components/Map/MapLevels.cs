using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Server.Web.Components.Map;

/// <summary>The levels a <see cref="TerritoryMap"/> colours its territories with.</summary>
public static class MapLevels
{
    /// <summary>The level in force at <paramref name="at"/> on every territory of <paramref name="set"/>, from a
    /// live (never an exercise) <paramref name="state"/> for the public page.</summary>
    public static IReadOnlyDictionary<string, AlertLevel> InForce(PlanState state, TerritorySet set, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(set);
        return set.Territories.ToDictionary(t => t.Id, t => state.LevelInForce(t.Id, at).Value.Level, StringComparer.Ordinal);
    }
}
