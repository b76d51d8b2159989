using Tocsin.Core.Cap;
using Tocsin.Core.Plan;

namespace Tocsin.Core.Webhooks;

/// <summary>Which subscribers receive a message (DESIGN "Alert plan", "Publication").</summary>
/// <remarks>Status: Actual and System messages go to every matching subscriber; Exercise and Test
/// messages only to those who opted in to exercises; Draft messages to nobody. Territories: a subscriber
/// with no territories of interest receives every message; otherwise a message matches when one of its
/// territories is, contains or lies within one of the subscriber's (a subscriber to FRA receives a message
/// for FRA-D75, and a subscriber to FRA-D75 a message for all of FRA).</remarks>
public static class WebhookAudience
{
    /// <summary>True when a subscriber with <paramref name="interests"/> and <paramref name="exercises"/>
    /// receives a message of <paramref name="status"/> covering <paramref name="territoryIds"/>.</summary>
    public static bool Receives(IReadOnlyList<string> interests, bool exercises, CapStatus status, IReadOnlyList<string> territoryIds)
    {
        ArgumentNullException.ThrowIfNull(interests);
        ArgumentNullException.ThrowIfNull(territoryIds);
        var statusAllows = status switch
        {
            CapStatus.Actual or CapStatus.System => true,
            CapStatus.Exercise or CapStatus.Test => exercises,
            CapStatus.Draft => false,
        };
        return statusAllows && (interests.Count == 0 || territoryIds.Any(t => interests.Any(i => Related(i, t))));
    }

    /// <summary>True when <paramref name="id"/> names a shipped territory (ids such as <c>FRA</c>, <c>FRA-D75</c>).</summary>
    public static bool IsKnownTerritory(string id) =>
        !string.IsNullOrEmpty(id) && PlanCatalogue.Default.FindTerritorySet(SetOf(id)) is { } set && set.Contains(id);

    private static bool Related(string interest, string territory)
    {
        if (string.Equals(interest, territory, StringComparison.Ordinal))
        {
            return true;
        }

        var set = PlanCatalogue.Default.FindTerritorySet(SetOf(territory));
        return set is not null && (set.Covers(interest, territory) || set.Covers(territory, interest));
    }

    private static string SetOf(string territoryId)
    {
        var dash = territoryId.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? territoryId : territoryId[..dash];
    }
}
