using Tocsin.Server.Signing;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Stix.Extensions;
using Tocsin.Server.Plan;
using Tocsin.Storage;

namespace Tocsin.Cli.Demo;

/// <summary>France's real Vigipirate decisions around the model case, recorded by the demo users (ana
/// proposes, paul approves) with the times they were taken: urgence attentat from 13 October 2023 after
/// the Arras attack; lowered to sécurité renforcée – risque attentat on 15 January 2024; raised again to
/// urgence attentat on 24 March 2024 after the defence council, superseding January, with a review-by date.</summary>
/// <remarks>
/// DESIGN puts a decision in force from max(effective time, approval time), so approving these today would
/// start them all today. The import instead runs the ordinary rules and the ordinary atomic write
/// (<see cref="PlanDecisions"/>) on a clock set to each historical proposal and approval instant: the store
/// keeps the approval times the rules produced, the CAP messages carry them as <c>sent</c>, and nothing
/// else differs from a decision taken live. Times of day are approximate (docs/demo.md).
/// </remarks>
public static class DemoDecisions
{
    private const string Incident = "incident--ab7327dd-079a-47e0-97ec-7fde8d60f2aa";
    private const string AttemptsInFrance = "incident--df84a6df-74c5-4c1a-a851-c9a0546cf01e";
    private const string Claim = "relationship--0ffbd484-7ec8-4470-b41f-b03cf0f40fdc";
    private const string Announcement = "report--d19cc4f5-5734-4a51-8436-926ea44f49bf";

    /// <summary>Records the three decisions; returns their ids, oldest first.</summary>
    /// <exception cref="InvalidOperationException">The rules refused a shipped decision: a bug.</exception>
    public static async Task<IReadOnlyList<Guid>> LoadAsync(ITocsinStore store, ServerSigner? signer, CancellationToken cancellationToken)
    {
        var clock = new HistoricalClock();
        using var plan = new PlanDecisions(store, PlanCatalogue.Default, new PublicationSettings(), clock, signer);
        var arras = await DecideAsync(plan, clock, "2023-10-13T16:00:00Z", "2023-10-13T17:00:00Z", new DecisionProposal
        {
            SchemeId = "vigipirate",
            LevelKey = "urgence-attentat",
            TerritoryIds = ["FRA"],
            EffectiveAt = At("2023-10-13T17:00:00Z"),
            Authority = "Première ministre",
            Rationale = "Attaque terroriste contre un lycée d'Arras le 13 octobre 2023 ; menace terroriste très élevée.",
            RationaleTranslations = new Dictionary<string, string> { ["en"] = "Terrorist attack on a school in Arras on 13 October 2023; the terrorist threat is very high." },
            Evidence = [Graded(AttemptsInFrance, "B2")],
        }, cancellationToken);
        var january = await DecideAsync(plan, clock, "2024-01-15T09:00:00Z", "2024-01-15T10:00:00Z", new DecisionProposal
        {
            SchemeId = "vigipirate",
            LevelKey = "securite-renforcee-risque-attentat",
            TerritoryIds = ["FRA"],
            EffectiveAt = At("2024-01-15T11:00:00Z"),
            Authority = "Premier ministre",
            Rationale = "La menace terroriste reste élevée ; le niveau maximal n'est plus requis après la période des fêtes.",
            RationaleTranslations = new Dictionary<string, string> { ["en"] = "The terrorist threat remains high; the highest level is no longer needed after the holiday season." },
            Supersedes = [arras],
            Evidence = [Graded(AttemptsInFrance, "B2")],
        }, cancellationToken);
        var march = await DecideAsync(plan, clock, "2024-03-24T17:30:00Z", "2024-03-24T18:30:00Z", new DecisionProposal
        {
            SchemeId = "vigipirate",
            LevelKey = "urgence-attentat",
            TerritoryIds = ["FRA"],
            EffectiveAt = At("2024-03-24T19:00:00Z"),
            ReviewBy = At("2024-06-24T00:00:00Z"),
            Authority = "Premier ministre, après le conseil de défense et de sécurité nationale",
            Rationale = "Attentat du Crocus City Hall revendiqué par l'État islamique ; la même branche a tenté de frapper la France ces derniers mois.",
            RationaleTranslations = new Dictionary<string, string> { ["en"] = "The Crocus City Hall attack was claimed by the Islamic State; the same branch has attempted attacks in France in recent months." },
            Supersedes = [january],
            Evidence = [Graded(Claim, "B2"), Graded(Incident, "B2"), Graded(AttemptsInFrance, "B2"), Graded(Announcement, "A1")],
        }, cancellationToken);
        return [arras, january, march];
    }

    private static async Task<Guid> DecideAsync(PlanDecisions plan, HistoricalClock clock, string proposedAt, string approvedAt, DecisionProposal proposal,
        CancellationToken cancellationToken)
    {
        clock.Now = At(proposedAt);
        var proposed = await plan.ProposeAsync(proposal, "ana", cancellationToken);
        var id = proposed.IsSuccess ? proposed.Value.Id : throw new InvalidOperationException($"Demo decision refused: {proposed.Error.Message}");
        clock.Now = At(approvedAt);
        var approved = await plan.ApproveAsync(id, "paul", cancellationToken);
        return approved.IsSuccess ? id : throw new InvalidOperationException($"Demo approval refused: {approved.Error.Message}");
    }

    private static DecisionEvidence Graded(string stixId, string grade) => new(stixId, AdmiraltyGrade.Parse(grade).Value);

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
