using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Core.Tests.Plan;

/// <summary>Vigipirate combines nested territories by <c>reinforce-only</c>: the highest level in force on a zone or
/// an ancestor applies, and a local decision lasts until its own end.</summary>
public sealed class ReinforceOnlyTests
{
    private const string Urgence = "urgence-attentat";
    private const string Renforcee = "securite-renforcee-risque-attentat";
    private readonly PlanScenario _plan = new();

    [Fact]
    public void A_local_decision_raises_its_zone_above_the_national_level()
    {
        _plan.Decide(Renforcee, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        _plan.Decide(Urgence, "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z", "FRA-D75");

        var levels = (_plan.LevelAt("FRA-D75", "2024-03-01T00:00:00Z"), _plan.LevelAt("FRA-D69", "2024-03-01T00:00:00Z"));

        Assert.Equal((Urgence, Renforcee), levels);
    }

    [Fact]
    public void A_later_local_lowering_leaves_the_zone_at_the_national_level()
    {
        var national = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        _plan.Decide("vigilance", "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z", "FRA-D75");

        var paris = _plan.State().LevelInForce("FRA-D75", PlanScenario.At("2024-03-01T00:00:00Z")).Value;

        Assert.Equal((Urgence, national.Id), (paris.Level.Key, paris.Decision?.Id));
    }

    [Fact]
    public void A_national_lowering_keeps_a_local_reinforcement_until_its_own_expiry()
    {
        var national = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        var paris = _plan.Decide(_plan.Proposal(Urgence, "2024-01-10T00:00:00Z", "FRA-D75") with { ExpiresAt = PlanScenario.At("2024-03-01T00:00:00Z") }, "2024-01-10T00:00:00Z");
        _plan.Decide(_plan.Proposal(Renforcee, "2024-02-01T00:00:00Z") with { Supersedes = [national.Id] }, "2024-02-01T00:00:00Z");

        var state = _plan.State();
        var during = state.LevelInForce("FRA-D75", PlanScenario.At("2024-02-15T00:00:00Z")).Value;

        Assert.Equal((Urgence, paris.Id, Renforcee, Renforcee),
            (during.Level.Key, during.Decision?.Id, _plan.LevelAt("FRA-D75", "2024-03-01T00:00:00Z"), _plan.LevelAt("FRA-D13", "2024-02-15T00:00:00Z")));
    }

    [Fact]
    public void Cancelling_the_local_reinforcement_returns_the_zone_to_the_national_level()
    {
        _plan.Decide(Renforcee, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        var paris = _plan.Decide(Urgence, "2024-01-10T00:00:00Z", "2024-01-10T00:00:00Z", "FRA-D75");
        _plan.Cancel(paris, "2024-02-01T00:00:00Z");

        Assert.Equal((Urgence, Renforcee), (_plan.LevelAt("FRA-D75", "2024-01-31T23:59:59Z"), _plan.LevelAt("FRA-D75", "2024-02-01T00:00:00Z")));
    }

    [Fact]
    public void On_equal_levels_the_decision_with_the_latest_start_decides()
    {
        _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        var paris = _plan.Decide(Urgence, "2024-01-10T00:00:00Z", "2024-01-10T00:00:00Z", "FRA-D75");

        var level = _plan.State().LevelInForce("FRA-D75", PlanScenario.At("2024-02-01T00:00:00Z")).Value;

        Assert.Equal(paris.Id, level.Decision?.Id);
    }

    [Fact]
    public void The_timeline_follows_the_highest_level_and_brings_a_local_reinforcement_back_after_a_national_lowering()
    {
        var first = _plan.Decide(Renforcee, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        var paris = _plan.Decide(_plan.Proposal(Urgence, "2024-02-01T00:00:00Z", "FRA-D75") with { ExpiresAt = PlanScenario.At("2024-03-01T00:00:00Z") }, "2024-02-01T00:00:00Z");
        var raise = _plan.Decide(_plan.Proposal(Urgence, "2024-02-10T00:00:00Z") with { Supersedes = [first.Id] }, "2024-02-10T00:00:00Z");
        var lowering = _plan.Decide(_plan.Proposal(Renforcee, "2024-02-20T00:00:00Z") with { Supersedes = [raise.Id] }, "2024-02-20T00:00:00Z");

        var segments = _plan.State().Timeline("FRA-D75", PlanScenario.At("2023-12-01T00:00:00Z"), PlanScenario.At("2024-04-01T00:00:00Z")).Value;

        Assert.Equal(
            [
                ("2023-12-01", "2024-01-01", "vigilance", (Guid?)null),
                ("2024-01-01", "2024-02-01", Renforcee, first.Id),
                ("2024-02-01", "2024-02-10", Urgence, paris.Id),
                ("2024-02-10", "2024-02-20", Urgence, raise.Id),
                ("2024-02-20", "2024-03-01", Urgence, paris.Id),
                ("2024-03-01", "2024-04-01", Renforcee, lowering.Id),
            ],
            segments.Select(s => (Day(s.Start), Day(s.End), s.Level.Key, s.DecisionId)));
    }

    [Fact]
    public void The_exercise_track_follows_the_same_rule()
    {
        var national = _plan.Decide(_plan.Proposal(Urgence, "2024-01-01T00:00:00Z") with { IsExercise = true }, "2024-01-01T00:00:00Z");
        _plan.Decide(_plan.Proposal("vigilance", "2024-01-10T00:00:00Z", "FRA-D75") with { IsExercise = true }, "2024-01-10T00:00:00Z");

        var exercise = _plan.State(DecisionTrack.Exercise).LevelInForce("FRA-D75", PlanScenario.At("2024-02-01T00:00:00Z")).Value;

        Assert.Equal((Urgence, national.Id, "vigilance"), (exercise.Level.Key, exercise.Decision?.Id, _plan.LevelAt("FRA-D75", "2024-02-01T00:00:00Z")));
    }

    [Fact]
    public void The_decisions_in_force_on_a_zone_come_deciding_one_first()
    {
        var national = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        var region = _plan.Decide(Renforcee, "2024-01-10T00:00:00Z", "2024-01-10T00:00:00Z", "FRA-R11");
        _plan.Decide(Urgence, "2024-01-11T00:00:00Z", "2024-01-11T00:00:00Z", "FRA-D13");

        var inForce = _plan.State().InForceOn("FRA-D75", PlanScenario.At("2024-02-01T00:00:00Z"));

        Assert.Equal([national.Id, region.Id], inForce.Select(d => d.Id));
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
