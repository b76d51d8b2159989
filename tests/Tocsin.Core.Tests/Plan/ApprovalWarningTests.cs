using Tocsin.Core.Plan.Decisions;

namespace Tocsin.Core.Tests.Plan;

/// <summary>Before approval, every territory whose level a decision would not change, and every decision in force it
/// would end or leave in force, under the scheme's territory rule.</summary>
public sealed class ApprovalWarningTests
{
    private const string Urgence = "urgence-attentat";
    private const string Renforcee = "securite-renforcee-risque-attentat";
    private readonly PlanScenario _plan = new();

    [Fact]
    public void A_plain_national_raise_gives_no_warning()
    {
        _plan.Decide(Renforcee, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");

        var warnings = _plan.WarningsFor(_plan.Trial(_plan.Proposal(Urgence, "2024-02-01T00:00:00Z"), "2024-02-01T00:00:00Z"));

        Assert.Empty(warnings);
    }

    [Fact]
    public void A_local_lowering_under_reinforce_only_is_held_by_the_national_decision()
    {
        var national = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");

        var warnings = _plan.WarningsFor(_plan.Trial(_plan.Proposal("vigilance", "2024-02-01T00:00:00Z", "FRA-D75"), "2024-02-01T00:00:00Z"));

        Assert.Equal([("level-held", "FRA-D75", Urgence, (Guid?)national.Id)], warnings.Select(w => (w.Code, w.TerritoryId, w.After.Key, w.Other?.Id)));
    }

    [Fact]
    public void A_level_equal_to_the_one_in_force_is_unchanged()
    {
        var national = _plan.Decide(Renforcee, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");

        var warnings = _plan.WarningsFor(_plan.Trial(_plan.Proposal(Renforcee, "2024-02-01T00:00:00Z", "FRA-D75"), "2024-02-01T00:00:00Z"));

        Assert.Equal([("level-unchanged", "FRA-D75", (Guid?)national.Id)], warnings.Select(w => (w.Code, w.TerritoryId, w.Other?.Id)));
    }

    [Fact]
    public void A_national_lowering_warns_that_it_ends_the_national_decision_and_keeps_the_local_reinforcement()
    {
        var national = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        var paris = _plan.Decide(_plan.Proposal(Urgence, "2024-01-10T00:00:00Z", "FRA-D75") with { ExpiresAt = PlanScenario.At("2024-03-01T00:00:00Z") }, "2024-01-10T00:00:00Z");

        var warnings = _plan.WarningsFor(_plan.Trial(_plan.Proposal(Renforcee, "2024-02-01T00:00:00Z") with { Supersedes = [national.Id] }, "2024-02-01T00:00:00Z"));

        Assert.Equal(
            [
                ("decision-ended", "FRA", national.Id, Urgence, Renforcee, (DateTimeOffset?)null),
                ("reinforcement-kept", "FRA-D75", paris.Id, Urgence, Urgence, PlanScenario.At("2024-03-01T00:00:00Z")),
            ],
            warnings.Select(w => (w.Code, w.TerritoryId, w.Other!.Id, w.Before.Key, w.After.Key, w.OtherEnd)));
    }

    [Fact]
    public void A_national_lowering_that_does_not_supersede_the_national_raise_is_held_by_it()
    {
        var national = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");

        var warnings = _plan.WarningsFor(_plan.Trial(_plan.Proposal(Renforcee, "2024-02-01T00:00:00Z"), "2024-02-01T00:00:00Z"));

        Assert.Equal([("level-held", "FRA", (Guid?)national.Id)], warnings.Select(w => (w.Code, w.TerritoryId, w.Other?.Id)));
    }

    [Fact]
    public void Under_override_a_national_decision_shadows_a_local_one_still_in_force()
    {
        var uk = new PlanScenario("uk-threat-level");
        var national = uk.Decide("severe", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "GBR");
        var ireland = uk.Decide("critical", "2024-01-10T00:00:00Z", "2024-01-10T00:00:00Z", "GBR-NIR");

        var warnings = uk.WarningsFor(uk.Trial(uk.Proposal("substantial", "2024-02-01T00:00:00Z", "GBR") with { Supersedes = [national.Id] }, "2024-02-01T00:00:00Z"));

        Assert.Equal(
            [("decision-ended", "GBR", national.Id, "severe", "substantial"), ("decision-shadowed", "GBR-NIR", ireland.Id, "critical", "substantial")],
            warnings.Select(w => (w.Code, w.TerritoryId, w.Other!.Id, w.Before.Key, w.After.Key)));
    }

    [Fact]
    public void Under_override_an_earlier_decision_on_the_same_territory_left_in_force_is_shadowed()
    {
        var uk = new PlanScenario("uk-threat-level");
        var national = uk.Decide("severe", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "GBR");

        var warnings = uk.WarningsFor(uk.Trial(uk.Proposal("substantial", "2024-02-01T00:00:00Z", "GBR"), "2024-02-01T00:00:00Z"));

        Assert.Equal([("decision-shadowed", "GBR", national.Id)], warnings.Select(w => (w.Code, w.TerritoryId, w.Other!.Id)));
    }

    [Fact]
    public void Under_override_a_local_lowering_takes_effect_without_warning()
    {
        var uk = new PlanScenario("uk-threat-level");
        uk.Decide("severe", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "GBR");

        var warnings = uk.WarningsFor(uk.Trial(uk.Proposal("substantial", "2024-02-01T00:00:00Z", "GBR-NIR"), "2024-02-01T00:00:00Z"));

        Assert.Empty(warnings);
    }

    [Fact]
    public void An_exercise_is_compared_with_exercises_only()
    {
        _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");

        var warnings = _plan.WarningsFor(_plan.Trial(_plan.Proposal(Renforcee, "2024-02-01T00:00:00Z", "FRA-D75") with { IsExercise = true }, "2024-02-01T00:00:00Z"));

        Assert.Empty(warnings);
    }

    [Fact]
    public void The_message_names_the_territory_and_the_decision_that_holds_it()
    {
        var national = _plan.Decide(Urgence, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");

        var warning = Assert.Single(_plan.WarningsFor(_plan.Trial(_plan.Proposal("vigilance", "2024-02-01T00:00:00Z", "FRA-D75"), "2024-02-01T00:00:00Z")));

        Assert.Equal("Paris (FRA-D75) stays at urgence-attentat: decision " + national.Id.ToString("D") +
            " ranks first there and stays in force until it is cancelled or superseded. Supersede it to change the level there.", warning.Message);
    }

    [Fact]
    public void A_decision_that_is_not_approved_is_refused()
    {
        var proposed = _plan.Rules.Propose(_plan.Proposal(Urgence, "2024-02-01T00:00:00Z"), PlanScenario.Analyst, []).Value;

        Assert.Throws<ArgumentException>(() => _plan.WarningsFor(proposed));
    }
}
