using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Postures;

namespace Tocsin.Core.Tests.Plan.Postures;

public sealed class PostureProposalTests
{
    private readonly PostureScenario _plan = new();

    private string? Refusal(PostureProposal proposal) => _plan.Rules.Propose(proposal, PlanScenario.Analyst, _plan.Postures).Error?.Code;

    private static PostureProposal WithMeasure(PostureMeasure measure) => PostureScenario.Proposal() with { Measures = [measure] };

    [Fact]
    public void A_valid_proposal_is_proposed_with_one_event()
    {
        var posture = _plan.Rules.Propose(PostureScenario.Proposal(), PlanScenario.Analyst, []).Value;

        Assert.Equal((DecisionStatus.Proposed, PlanScenario.Analyst.Id, 1, 2), (posture.Status, posture.ProposedBy, posture.Events.Count, posture.Measures.Count));
    }

    [Fact]
    public void A_watch_officer_cannot_propose() =>
        Assert.Equal("proposer-role-required", _plan.Rules.Propose(PostureScenario.Proposal(), PlanScenario.WatchOfficer, []).Error?.Code);

    [Theory]
    [InlineData("scheme", "unknown-scheme")]
    [InlineData("level", "unknown-level")]
    [InlineData("no-territory", "no-territories")]
    [InlineData("territory", "unknown-territory")]
    [InlineData("british-territory", "territory-outside-scheme")]
    [InlineData("no-title", "posture-title-required")]
    [InlineData("title-language", "posture-title-language")]
    [InlineData("authority", "authority-required")]
    [InlineData("rationale", "rationale-required")]
    [InlineData("period", "posture-period")]
    [InlineData("no-measures", "posture-no-measures")]
    public void A_proposal_breaking_a_rule_is_refused(string broken, string code)
    {
        var valid = PostureScenario.Proposal();
        var proposal = broken switch
        {
            "scheme" => valid with { SchemeId = "nope" },
            "level" => valid with { LevelKey = "nope" },
            "no-territory" => valid with { TerritoryIds = [] },
            "territory" => valid with { TerritoryIds = ["FRA-D999"] },
            "british-territory" => valid with { TerritoryIds = ["GBR"] },
            "no-title" => valid with { Titles = new Dictionary<string, string> { ["en"] = "Summer" } },
            "title-language" => valid with { Titles = new Dictionary<string, string> { ["fr"] = "Été", ["de"] = "Sommer" } },
            "authority" => valid with { Authority = " " },
            "rationale" => valid with { Rationale = "" },
            "period" => valid with { EndsAt = valid.StartsAt },
            "no-measures" => valid with { Measures = [] },
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };

        Assert.Equal(code, Refusal(proposal));
    }

    [Fact]
    public void A_measure_not_in_the_catalogue_is_refused() =>
        Assert.Equal("posture-unknown-measure", Refusal(WithMeasure(new PostureMeasure("NO-SUCH-MEASURE", ["FRA"]))));

    [Fact]
    public void A_measure_listed_twice_is_refused() =>
        Assert.Equal("posture-duplicate-measure", Refusal(PostureScenario.Proposal() with
        {
            Measures = [new PostureMeasure(PostureScenario.Public.Id, ["FRA"]), new PostureMeasure(PostureScenario.Public.Id, ["FRA-D75"])],
        }));

    [Fact]
    public void A_measure_without_territory_is_refused() =>
        Assert.Equal("posture-measure-territories", Refusal(WithMeasure(new PostureMeasure(PostureScenario.Public.Id, []))));

    [Fact]
    public void A_measure_outside_the_posture_territories_is_refused() =>
        Assert.Equal("posture-measure-territories", Refusal(PostureScenario.Proposal(territories: "FRA-R11") with
        {
            Measures = [new PostureMeasure(PostureScenario.Public.Id, ["FRA-D13"])],
        }));

    [Fact]
    public void A_measure_on_a_descendant_of_the_posture_territory_is_accepted() =>
        Assert.Null(Refusal(WithMeasure(new PostureMeasure(PostureScenario.Public.Id, ["FRA-D75"]))));

    [Theory]
    [InlineData("2026-05-31T00:00:00Z", null)]
    [InlineData(null, "2026-09-02T00:00:00Z")]
    [InlineData("2026-07-01T00:00:00Z", "2026-07-01T00:00:00Z")]
    public void Measure_dates_outside_the_period_or_out_of_order_are_refused(string? from, string? until) =>
        Assert.Equal("posture-measure-period", Refusal(WithMeasure(new PostureMeasure(PostureScenario.Public.Id, ["FRA"],
            from is null ? null : PlanScenario.At(from), until is null ? null : PlanScenario.At(until)))));

    [Fact]
    public void Superseding_an_unknown_posture_is_refused() =>
        Assert.Equal("posture-supersedes-unknown", Refusal(PostureScenario.Proposal() with { Supersedes = [Guid.NewGuid()] }));

    [Fact]
    public void Superseding_a_posture_that_is_not_approved_is_refused()
    {
        var pending = _plan.Propose(PostureScenario.Proposal());

        Assert.Equal("posture-supersedes-not-approved", Refusal(PostureScenario.Proposal() with { Supersedes = [pending.Id] }));
    }

    [Fact]
    public void An_exercise_cannot_supersede_a_real_posture()
    {
        var real = _plan.Decide(PostureScenario.Proposal(), "2026-05-01T00:00:00Z");

        Assert.Equal("posture-supersedes-mismatch", Refusal(PostureScenario.Proposal() with { Supersedes = [real.Id], IsExercise = true }));
    }

    [Fact]
    public void Superseding_an_approved_posture_of_the_same_track_is_accepted()
    {
        var real = _plan.Decide(PostureScenario.Proposal(), "2026-05-01T00:00:00Z");

        Assert.Null(Refusal(PostureScenario.Proposal() with { Supersedes = [real.Id] }));
    }
}
