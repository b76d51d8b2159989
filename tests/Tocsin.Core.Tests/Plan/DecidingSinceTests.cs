namespace Tocsin.Core.Tests.Plan;

/// <summary><c>PlanState.DecidingSince</c> walks back from the instant asked about instead of building the whole
/// history: on random plans of both territory rules it must give the start of the timeline's last segment, as the
/// public status read it before.</summary>
public sealed class DecidingSinceTests
{
    public static TheoryData<string, int> Plans()
    {
        var plans = new TheoryData<string, int>();
        foreach (var seed in Enumerable.Range(1, 12))
        {
            plans.Add("vigipirate", seed);
            plans.Add("uk-threat-level", seed);
        }

        return plans;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void It_is_the_start_of_the_last_segment_of_the_timeline(string scheme, int seed)
    {
        var (plan, territories, levels) = scheme == "vigipirate"
            ? (new PlanScenario(), new[] { "FRA", "FRA-D75", "FRA-D13", "FRA-D69" }, new[] { "vigilance", "securite-renforcee-risque-attentat", "urgence-attentat" })
            : (new PlanScenario(scheme), new[] { "GBR", "GBR-NIR", "GBR-SCT" }, new[] { "low", "moderate", "substantial", "severe", "critical" });
        var random = new Random(seed);
        var start = PlanScenario.At("2024-01-01T00:00:00Z");
        var decided = new List<Tocsin.Core.Plan.Decisions.Decision>();
        for (var i = 0; i < 30; i++)
        {
            var approval = start.AddDays(i * 5 + random.Next(2));
            var effective = approval.AddDays(random.Next(3) == 0 ? random.Next(1, 4) : 0);
            var proposal = plan.Proposal(levels[random.Next(levels.Length)], Text(effective), territories[random.Next(territories.Length)]);
            if (random.Next(4) == 0)
            {
                proposal = proposal with { ExpiresAt = effective.AddDays(random.Next(1, 20)) };
            }

            if (decided.Count > 0 && random.Next(3) == 0)
            {
                proposal = proposal with { Supersedes = [decided[random.Next(decided.Count)].Id] };
            }

            var decision = plan.Decide(proposal, Text(approval));
            decided.Add(random.Next(8) == 0 ? plan.Cancel(decision, Text(approval.AddDays(random.Next(1, 3)))) : decision);
        }

        var state = plan.State();
        var compared = 0;
        foreach (var territory in territories)
        {
            for (var at = start.AddDays(-2); at < start.AddDays(170); at = at.AddHours(random.Next(1, 60)))
            {
                var expected = state.Timeline(territory, start.AddDays(-30), at.AddTicks(1)).Value[^1].Start;

                Assert.Equal(expected, state.DecidingSince(territory, start.AddDays(-30), at).Value);
                compared++;
            }
        }

        Assert.True(compared > 100);
    }

    [Fact]
    public void An_instant_before_the_start_or_an_unknown_territory_is_refused_as_by_the_timeline()
    {
        var plan = new PlanScenario();
        plan.Decide("urgence-attentat", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z");
        var state = plan.State();

        Assert.Equal(("timeline-range", "unknown-territory"),
            (state.DecidingSince("FRA", PlanScenario.At("2024-02-01T00:00:00Z"), PlanScenario.At("2024-01-01T00:00:00Z")).Error?.Code,
                state.DecidingSince("FRA-D99X", PlanScenario.At("2024-01-01T00:00:00Z"), PlanScenario.At("2024-02-01T00:00:00Z")).Error?.Code));
    }

    private static string Text(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
