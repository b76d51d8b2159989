using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Core.Tests.Plan;

public sealed class LevelInForceTests
{
    private const string Urgence = "urgence-attentat";
    private const string Renforcee = "securite-renforcee-risque-attentat";
    private readonly PlanScenario _plan = new();

    [Fact]
    public void With_no_decision_the_baseline_is_in_force()
    {
        var level = _plan.State().LevelInForce("FRA-D75", PlanScenario.At("2024-01-01T00:00:00Z")).Value;

        Assert.Equal(("vigilance", true), (level.Level.Key, level.IsBaseline));
    }

    [Fact]
    public void A_national_decision_covers_a_departement()
    {
        var decision = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");

        var level = _plan.State().LevelInForce("FRA-D973", PlanScenario.At("2024-02-01T00:00:00Z")).Value;

        Assert.Equal((Urgence, decision.Id), (level.Level.Key, level.Decision?.Id));
    }

    [Fact]
    public void A_later_regional_lowering_leaves_the_national_level_there_under_vigipirate()
    {
        _plan.Decide(Renforcee, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        _plan.Decide("vigilance", "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z", "FRA-R11");

        Assert.Equal(Renforcee, _plan.LevelAt("FRA-D75", "2024-03-01T00:00:00Z"));
    }

    [Fact]
    public void A_later_regional_decision_leaves_other_regions_alone()
    {
        _plan.Decide(Renforcee, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        _plan.Decide(Urgence, "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z", "FRA-R11");

        Assert.Equal(Renforcee, _plan.LevelAt("FRA-D13", "2024-03-01T00:00:00Z"));
    }

    [Fact]
    public void A_tie_on_level_and_start_goes_to_the_later_approval()
    {
        _plan.Decide(Urgence, "2024-03-01T00:00:00Z", "2024-02-01T00:00:00Z");
        var later = _plan.Decide(Urgence, "2024-03-01T00:00:00Z", "2024-02-10T00:00:00Z");

        Assert.Equal(later.Id, _plan.State().LevelInForce("FRA-D75", PlanScenario.At("2024-03-02T00:00:00Z")).Value.Decision?.Id);
    }

    [Fact]
    public void The_expiry_ends_a_decision()
    {
        _plan.Decide(_plan.Proposal(Urgence, "2024-01-01T00:00:00Z") with { ExpiresAt = PlanScenario.At("2024-02-01T00:00:00Z") }, "2024-01-01T00:00:00Z");

        Assert.Equal("vigilance", _plan.LevelAt("FRA-D75", "2024-02-01T00:00:00Z"));
    }

    [Fact]
    public void A_decision_is_in_force_until_just_before_its_expiry()
    {
        _plan.Decide(_plan.Proposal(Urgence, "2024-01-01T00:00:00Z") with { ExpiresAt = PlanScenario.At("2024-02-01T00:00:00Z") }, "2024-01-01T00:00:00Z");

        Assert.Equal(Urgence, _plan.LevelAt("FRA-D75", "2024-01-31T23:59:59Z"));
    }

    [Fact]
    public void Cancellation_ends_a_decision_at_the_cancellation_time()
    {
        var decision = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        _plan.Cancel(decision, "2024-01-20T12:00:00Z");

        var before = _plan.LevelAt("FRA-D75", "2024-01-20T11:59:59Z");
        var after = _plan.LevelAt("FRA-D75", "2024-01-20T12:00:00Z");

        Assert.Equal((Urgence, "vigilance"), (before, after));
    }

    [Fact]
    public void Supersession_ends_the_superseded_decision_at_the_superseders_start()
    {
        var regional = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "FRA-R11");
        _plan.Decide(_plan.Proposal(Renforcee, "2024-02-01T00:00:00Z", "FRA-R53") with { Supersedes = [regional.Id] }, "2024-01-25T00:00:00Z");

        Assert.Equal("vigilance", _plan.LevelAt("FRA-D75", "2024-02-01T00:00:00Z"));
    }

    [Fact]
    public void The_superseded_decision_holds_until_the_superseders_start()
    {
        var regional = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "FRA-R11");
        _plan.Decide(_plan.Proposal(Renforcee, "2024-02-01T00:00:00Z", "FRA-R53") with { Supersedes = [regional.Id] }, "2024-01-25T00:00:00Z");

        Assert.Equal(Urgence, _plan.LevelAt("FRA-D75", "2024-01-31T00:00:00Z"));
    }

    [Fact]
    public void An_effective_time_before_approval_starts_at_approval()
    {
        _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-05T00:00:00Z");

        var period = Assert.Single(_plan.State().Periods);

        Assert.Equal(PlanScenario.At("2024-01-05T00:00:00Z"), period.Start);
    }

    [Fact]
    public void Before_approval_the_earlier_level_still_holds()
    {
        _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-05T00:00:00Z");

        Assert.Equal("vigilance", _plan.LevelAt("FRA-D75", "2024-01-03T00:00:00Z"));
    }

    [Fact]
    public void A_pending_decision_is_never_in_force()
    {
        _plan.Propose(_plan.Proposal(Urgence, "2020-01-01T00:00:00Z"));

        Assert.Equal("vigilance", _plan.LevelAt("FRA-D75", "2024-01-01T00:00:00Z"));
    }

    [Fact]
    public void A_passed_review_by_time_does_not_end_a_decision()
    {
        _plan.Decide(_plan.Proposal(Urgence, "2024-01-01T00:00:00Z") with { ReviewBy = PlanScenario.At("2024-02-01T00:00:00Z") }, "2024-01-01T00:00:00Z");

        Assert.Equal(Urgence, _plan.LevelAt("FRA-D75", "2024-03-01T00:00:00Z"));
    }

    [Fact]
    public void A_decision_past_its_review_by_time_is_overdue_for_review()
    {
        var decision = _plan.Decide(_plan.Proposal(Urgence, "2024-01-01T00:00:00Z") with { ReviewBy = PlanScenario.At("2024-02-01T00:00:00Z") }, "2024-01-01T00:00:00Z");

        var overdue = _plan.State().OverdueForReview(PlanScenario.At("2024-03-01T00:00:00Z"));

        Assert.Equal(decision.Id, Assert.Single(overdue).Id);
    }

    [Fact]
    public void A_decision_before_its_review_by_time_is_not_overdue()
    {
        _plan.Decide(_plan.Proposal(Urgence, "2024-01-01T00:00:00Z") with { ReviewBy = PlanScenario.At("2024-02-01T00:00:00Z") }, "2024-01-01T00:00:00Z");

        var overdue = _plan.State().OverdueForReview(PlanScenario.At("2024-01-15T00:00:00Z"));

        Assert.Empty(overdue);
    }

    [Fact]
    public void In_force_at_lists_the_decisions_in_force()
    {
        var national = _plan.Decide(Renforcee, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        var regional = _plan.Decide(Urgence, "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z", "FRA-R11");
        _plan.Cancel(regional, "2024-02-10T00:00:00Z");

        var inForce = _plan.State().InForceAt(PlanScenario.At("2024-03-01T00:00:00Z"));

        Assert.Equal([national.Id], inForce.Select(d => d.Id));
    }

    [Fact]
    public void An_exercise_never_changes_the_level_in_force()
    {
        _plan.Decide(_plan.Proposal(Urgence, "2024-01-01T00:00:00Z") with { IsExercise = true }, "2024-01-01T00:00:00Z");

        Assert.Equal("vigilance", _plan.LevelAt("FRA-D75", "2024-01-02T00:00:00Z"));
    }

    [Fact]
    public void An_exercise_appears_in_the_exercise_timeline()
    {
        var exercise = _plan.Decide(_plan.Proposal(Urgence, "2024-01-01T00:00:00Z") with { IsExercise = true }, "2024-01-01T00:00:00Z");

        var level = _plan.State(DecisionTrack.Exercise).LevelInForce("FRA-D75", PlanScenario.At("2024-01-02T00:00:00Z")).Value;

        Assert.Equal(exercise.Id, level.Decision?.Id);
    }

    [Fact]
    public void A_real_decision_is_absent_from_the_exercise_timeline()
    {
        _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");

        var level = _plan.State(DecisionTrack.Exercise).LevelInForce("FRA-D75", PlanScenario.At("2024-01-02T00:00:00Z")).Value;

        Assert.True(level.IsBaseline);
    }

    [Fact]
    public void The_timeline_gives_contiguous_segments_of_each_level()
    {
        var national = _plan.Decide(Renforcee, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        var regional = _plan.Decide(_plan.Proposal(Urgence, "2024-02-01T00:00:00Z", "FRA-R11") with { ExpiresAt = PlanScenario.At("2024-02-15T00:00:00Z") }, "2024-02-01T00:00:00Z");

        var segments = _plan.State().Timeline("FRA-D75", PlanScenario.At("2023-12-01T00:00:00Z"), PlanScenario.At("2024-03-01T00:00:00Z")).Value;

        Assert.Equal(
            [
                ("2023-12-01", "2024-01-01", "vigilance", (Guid?)null),
                ("2024-01-01", "2024-02-01", Renforcee, national.Id),
                ("2024-02-01", "2024-02-15", Urgence, regional.Id),
                ("2024-02-15", "2024-03-01", Renforcee, national.Id),
            ],
            segments.Select(s => (Day(s.Start), Day(s.End), s.Level.Key, s.DecisionId)));
    }

    [Fact]
    public void An_unknown_territory_is_refused()
    {
        var result = _plan.State().LevelInForce("GBR-NIR", PlanScenario.At("2024-01-01T00:00:00Z"));

        Assert.Equal("unknown-territory", result.Error?.Code);
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
