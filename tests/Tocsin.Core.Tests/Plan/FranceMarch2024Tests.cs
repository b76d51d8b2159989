namespace Tocsin.Core.Tests.Plan;

/// <summary>Vigipirate from the Arras attack (13 October 2023) to the raise after the Crocus City Hall
/// attack (24 March 2024).</summary>
public sealed class FranceMarch2024Tests
{
    private readonly PlanScenario _plan = Sequence();

    private static PlanScenario Sequence()
    {
        var plan = new PlanScenario();
        var arras = plan.Decide("urgence-attentat", "2023-10-13T18:00:00Z", "2023-10-13T17:00:00Z");
        var january = plan.Decide(
            plan.Proposal("securite-renforcee-risque-attentat", "2024-01-15T11:00:00Z") with { Supersedes = [arras.Id] },
            "2024-01-15T10:00:00Z");
        plan.Decide(
            plan.Proposal("urgence-attentat", "2024-03-24T18:00:00Z") with { Supersedes = [january.Id] },
            "2024-03-24T17:30:00Z");
        return plan;
    }

    [Theory]
    [InlineData("2023-10-01T00:00:00Z", "vigilance")]
    [InlineData("2023-10-13T18:00:00Z", "urgence-attentat")]
    [InlineData("2023-12-25T00:00:00Z", "urgence-attentat")]
    [InlineData("2024-01-15T10:59:59Z", "urgence-attentat")]
    [InlineData("2024-01-15T11:00:00Z", "securite-renforcee-risque-attentat")]
    [InlineData("2024-03-22T21:00:00Z", "securite-renforcee-risque-attentat")]
    [InlineData("2024-03-24T18:00:00Z", "urgence-attentat")]
    [InlineData("2024-06-01T00:00:00Z", "urgence-attentat")]
    public void The_level_in_Paris_follows_the_decisions(string at, string level)
    {
        var inForce = _plan.LevelAt("FRA-D75", at);

        Assert.Equal(level, inForce);
    }

    [Fact]
    public void Overseas_departements_follow_the_national_decisions()
    {
        var inForce = _plan.LevelAt("FRA-D976", "2024-02-01T00:00:00Z");

        Assert.Equal("securite-renforcee-risque-attentat", inForce);
    }

    [Fact]
    public void The_history_of_Paris_has_four_segments()
    {
        var segments = _plan.State().Timeline("FRA-D75", PlanScenario.At("2023-10-01T00:00:00Z"), PlanScenario.At("2024-04-01T00:00:00Z")).Value;

        Assert.Equal(
            ["vigilance", "urgence-attentat", "securite-renforcee-risque-attentat", "urgence-attentat"],
            segments.Select(s => s.Level.Key));
    }
}
