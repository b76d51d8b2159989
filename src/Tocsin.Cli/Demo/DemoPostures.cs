using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Postures;
using Tocsin.Server.Postures;
using Tocsin.Storage;

namespace Tocsin.Cli.Demo;

/// <summary>The demo's protective posture, going with the March 2024 decision (<see cref="DemoDecisions"/>): from the
/// defence council of 24 March 2024, the measures urgence attentat activates, on the whole of France, with no end
/// (it lasts as long as the level). Proposed by ana and approved by paul on a clock set to the historical instants,
/// like the decisions, so it is in force from the same evening.</summary>
public static class DemoPostures
{
    /// <summary>Records the posture; returns its id.</summary>
    /// <exception cref="InvalidOperationException">The rules refused the shipped posture: a bug.</exception>
    public static async Task<Guid> LoadAsync(ITocsinStore store, CancellationToken cancellationToken)
    {
        var clock = new HistoricalClock { Now = At("2024-03-24T17:45:00Z") };
        using var postures = new PlanPostures(store, PlanCatalogue.Default, clock);
        var measures = PlanCatalogue.Default.MeasuresOf("vigipirate").ActiveAt("urgence-attentat").Value;
        var proposed = await postures.ProposeAsync(new PostureProposal
        {
            SchemeId = "vigipirate",
            Titles = new Dictionary<string, string> { ["fr"] = "Posture urgence attentat – printemps 2024", ["en"] = "Emergency attack posture – spring 2024" },
            LevelKey = "urgence-attentat",
            TerritoryIds = ["FRA"],
            StartsAt = At("2024-03-24T19:00:00Z"),
            Measures = [.. measures.Select(m => new PostureMeasure(m.Id, ["FRA"]))],
            Authority = "Premier ministre, après le conseil de défense et de sécurité nationale",
            Rationale = "Mesures du niveau urgence attentat sur tout le territoire après l'attentat du Crocus City Hall.",
        }, "ana", cancellationToken);
        var id = proposed.IsSuccess ? proposed.Value.Id : throw new InvalidOperationException($"Demo posture refused: {proposed.Error.Message}");
        clock.Now = At("2024-03-24T18:45:00Z");
        var approved = await postures.ApproveAsync(id, "paul", cancellationToken);
        return approved.IsSuccess ? id : throw new InvalidOperationException($"Demo posture approval refused: {approved.Error.Message}");
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
