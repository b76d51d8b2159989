using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;

namespace Tocsin.Core.Tests.Plan;

/// <summary>A scheme's decisions built step by step on a fake clock: propose, approve, cancel at given instants.</summary>
internal sealed class PlanScenario(string schemeId = "vigipirate")
{
    public static readonly Principal Analyst = Person("analyste", Role.Analyst);
    public static readonly Principal Approver = Person("approbateur", Role.Approver);
    public static readonly Principal SecondApprover = Person("second-approbateur", Role.Approver);
    public static readonly Principal WatchOfficer = Person("veilleur", Role.WatchOfficer);

    private readonly List<Decision> _decisions = [];

    public FakeTimeProvider Clock { get; } = new(At("2020-01-01T00:00:00Z"));

    public DecisionRules Rules => new(PlanCatalogue.Default, Clock);

    public IReadOnlyList<Decision> Decisions => _decisions;

    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static Principal Person(string name, params Role[] roles) =>
        new(Guid.NewGuid(), name, PrincipalKind.User, roles, At("2020-01-01T00:00:00Z"));

    public DecisionProposal Proposal(string level, string effective, params string[] territories) => new()
    {
        SchemeId = schemeId,
        LevelKey = level,
        TerritoryIds = territories.Length == 0 ? ["FRA"] : territories,
        EffectiveAt = At(effective),
        Authority = "Premier ministre, après conseil de défense",
        Rationale = "Menace terroriste évaluée.",
    };

    /// <summary>Proposes at <paramref name="approvedAt"/> minus one hour and approves at <paramref name="approvedAt"/>.</summary>
    public Decision Decide(DecisionProposal proposal, string approvedAt)
    {
        var approval = At(approvedAt);
        Clock.SetUtcNow(approval.AddHours(-1));
        var proposed = Rules.Propose(proposal, Analyst, _decisions).Value;
        Clock.SetUtcNow(approval);
        var approved = Rules.Approve(proposed, Approver).Value;
        _decisions.Add(approved);
        return approved;
    }

    /// <summary>The decision <paramref name="proposal"/> would be once approved at <paramref name="approvedAt"/>, not
    /// added to the scenario: what an approver previews.</summary>
    public Decision Trial(DecisionProposal proposal, string approvedAt)
    {
        var approval = At(approvedAt);
        Clock.SetUtcNow(approval.AddHours(-1));
        var proposed = Rules.Propose(proposal, Analyst, _decisions).Value;
        Clock.SetUtcNow(approval);
        return Rules.Approve(proposed, Approver).Value;
    }

    public Decision Decide(string level, string effective, string approvedAt, params string[] territories) =>
        Decide(Proposal(level, effective, territories), approvedAt);

    public Decision Propose(DecisionProposal proposal)
    {
        var proposed = Rules.Propose(proposal, Analyst, _decisions).Value;
        _decisions.Add(proposed);
        return proposed;
    }

    public Decision Cancel(Decision decision, string cancelledAt)
    {
        Clock.SetUtcNow(At(cancelledAt));
        var cancellations = new CancellationRules(Clock);
        var proposed = cancellations.Propose(decision, Analyst, "Menace réévaluée.").Value;
        var cancelled = cancellations.Approve(proposed, Approver).Value;
        _decisions[_decisions.FindIndex(d => d.Id == decision.Id)] = cancelled;
        return cancelled;
    }

    public PlanState State(DecisionTrack track = DecisionTrack.Live)
    {
        var scheme = PlanCatalogue.Default.FindScheme(schemeId)!;
        return new PlanState(scheme, PlanCatalogue.Default.TerritoriesOf(scheme), _decisions, track);
    }

    public IReadOnlyList<ApprovalWarning> WarningsFor(Decision approved)
    {
        var scheme = PlanCatalogue.Default.FindScheme(schemeId)!;
        return ApprovalWarnings.Of(scheme, PlanCatalogue.Default.TerritoriesOf(scheme), _decisions, approved);
    }

    public string LevelAt(string territory, string at) => State().LevelInForce(territory, At(at)).Value.Level.Key;

    private static Principal Person(string name, Role role) => Person(name, [role]);
}
