namespace Tocsin.Core.Tests.Plan;

/// <summary>The UK threat level combines nested territories by <c>override</c>: the decision in force with the latest
/// start decides, whatever its level.</summary>
public sealed class OverrideRuleTests
{
    private readonly PlanScenario _plan = new("uk-threat-level");

    [Fact]
    public void A_later_local_decision_sets_its_zone_below_the_national_level()
    {
        _plan.Decide("severe", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "GBR");
        _plan.Decide("substantial", "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z", "GBR-NIR");

        var levels = (_plan.LevelAt("GBR-NIR", "2024-03-01T00:00:00Z"), _plan.LevelAt("GBR-SCT", "2024-03-01T00:00:00Z"));

        Assert.Equal(("substantial", "severe"), levels);
    }

    [Fact]
    public void A_later_national_decision_overrides_a_local_one_still_in_force()
    {
        var local = _plan.Decide("severe", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "GBR-NIR");
        _plan.Decide("moderate", "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z", "GBR");

        var state = _plan.State();

        Assert.Equal(("moderate", true), (_plan.LevelAt("GBR-NIR", "2024-03-01T00:00:00Z"), state.InForceAt(PlanScenario.At("2024-03-01T00:00:00Z")).Any(d => d.Id == local.Id)));
    }

    [Fact]
    public void A_tie_on_start_goes_to_the_later_approval_whatever_the_level()
    {
        _plan.Decide("critical", "2024-03-01T00:00:00Z", "2024-02-01T00:00:00Z", "GBR");
        _plan.Decide("substantial", "2024-03-01T00:00:00Z", "2024-02-10T00:00:00Z", "GBR");

        Assert.Equal("substantial", _plan.LevelAt("GBR-ENG", "2024-03-02T00:00:00Z"));
    }

    [Fact]
    public void The_timeline_cuts_where_the_local_decision_starts_and_ends()
    {
        var national = _plan.Decide("severe", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "GBR");
        var local = _plan.Decide(_plan.Proposal("substantial", "2024-02-01T00:00:00Z", "GBR-NIR") with { ExpiresAt = PlanScenario.At("2024-03-01T00:00:00Z") }, "2024-02-01T00:00:00Z");

        var segments = _plan.State().Timeline("GBR-NIR", PlanScenario.At("2024-01-01T00:00:00Z"), PlanScenario.At("2024-04-01T00:00:00Z")).Value;

        Assert.Equal(
            [(1, "severe", national.Id), (2, "substantial", local.Id), (3, "severe", national.Id)],
            segments.Select(s => (s.Start.Month, s.Level.Key, s.DecisionId!.Value)));
    }
}
