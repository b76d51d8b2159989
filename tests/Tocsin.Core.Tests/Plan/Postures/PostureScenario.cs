using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Postures;

namespace Tocsin.Core.Tests.Plan.Postures;

/// <summary>Vigipirate postures built step by step on a fake clock. Measures are taken from the shipped catalogue
/// by what they are (public, restricted), never by id, so the tests hold whatever the catalogue lists.</summary>
internal sealed class PostureScenario
{
    private readonly List<Posture> _postures = [];

    public FakeTimeProvider Clock { get; } = new(PlanScenario.At("2026-01-01T00:00:00Z"));

    public PostureRules Rules => new(PlanCatalogue.Default, Clock);

    public static MeasureCatalogue Catalogue => PlanCatalogue.Default.MeasuresOf("vigipirate");

    public static Measure Public => Catalogue.Measures.First(m => m.IsPublic);

    public static Measure SecondPublic => Catalogue.Measures.Where(m => m.IsPublic).Skip(1).First();

    public static Measure Restricted => Catalogue.Measures.First(m => !m.IsPublic);

    public IReadOnlyList<Posture> Postures => _postures;

    public static PostureProposal Proposal(string starts = "2026-06-01T00:00:00Z", string? ends = "2026-09-01T00:00:00Z", params string[] territories) => new()
    {
        SchemeId = "vigipirate",
        Titles = new Dictionary<string, string> { ["fr"] = "Posture été 2026" },
        LevelKey = "securite-renforcee-risque-attentat",
        TerritoryIds = territories.Length == 0 ? ["FRA"] : territories,
        StartsAt = PlanScenario.At(starts),
        EndsAt = ends is null ? null : PlanScenario.At(ends),
        Measures = [new PostureMeasure(Public.Id, territories.Length == 0 ? ["FRA"] : territories), new PostureMeasure(Restricted.Id, territories.Length == 0 ? ["FRA"] : territories)],
        Authority = "SGDSN",
        Rationale = "Grands rassemblements de l'été.",
    };

    public Posture Propose(PostureProposal proposal)
    {
        var proposed = Rules.Propose(proposal, PlanScenario.Analyst, _postures).Value;
        _postures.Add(proposed);
        return proposed;
    }

    /// <summary>Proposes an hour before <paramref name="approvedAt"/> and approves then.</summary>
    public Posture Decide(PostureProposal proposal, string approvedAt)
    {
        var approval = PlanScenario.At(approvedAt);
        Clock.SetUtcNow(approval.AddHours(-1));
        var proposed = Rules.Propose(proposal, PlanScenario.Analyst, _postures).Value;
        Clock.SetUtcNow(approval);
        var approved = Rules.Approve(proposed, PlanScenario.Approver).Value;
        _postures.Add(approved);
        return approved;
    }

    public Posture Cancel(Posture posture, string at)
    {
        Clock.SetUtcNow(PlanScenario.At(at));
        var proposed = Rules.ProposeCancellation(posture, PlanScenario.Analyst, "Fin de l'événement.").Value;
        var cancelled = Rules.ApproveCancellation(proposed, PlanScenario.Approver).Value;
        _postures[_postures.FindIndex(p => p.Id == posture.Id)] = cancelled;
        return cancelled;
    }

    public PostureState State(PlanScenario levels, DecisionTrack track = DecisionTrack.Live)
    {
        var scheme = PlanCatalogue.Default.FindScheme("vigipirate")!;
        var territories = PlanCatalogue.Default.TerritoriesOf(scheme);
        return new PostureState(territories, Catalogue, levels.State(track), _postures, track);
    }
}
