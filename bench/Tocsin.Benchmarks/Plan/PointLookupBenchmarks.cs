using BenchmarkDotNet.Attributes;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Territories;
using Tocsin.Core.Principals;

namespace Tocsin.Benchmarks.Plan;

/// <summary>The work of <c>/api/v1/levels/point</c> without HTTP: locate a point, then the level in force
/// on its territory, for one point inside each of France's 101 départements in turn, with the three demo
/// decisions in force. One operation = 101 look-ups; target at least 100,000 look-ups/s.</summary>
[MemoryDiagnoser]
public class PointLookupBenchmarks
{
    private TerritoryLocator _locator = null!;
    private PlanState _state = null!;
    private (double Latitude, double Longitude)[] _points = [];
    private DateTimeOffset _at;

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = PlanCatalogue.Default;
        var scheme = catalogue.FindScheme("vigipirate")!;
        var set = catalogue.TerritoriesOf(scheme);
        _locator = catalogue.LocatorOf(set);
        _points = [.. set.Territories.Where(t => t.Kind == TerritoryKind.Department)
            .Select(t => set.PreciseOutlineOf(t.Id).InteriorPoint.Coordinate).Select(c => (c.Y, c.X))];
        var clock = new FixedClock(new DateTimeOffset(2024, 3, 24, 17, 0, 0, TimeSpan.Zero));
        var rules = new DecisionRules(catalogue, clock);
        var ana = new Principal(Guid.NewGuid(), "ana", PrincipalKind.User, [Role.Analyst], clock.GetUtcNow());
        var paul = new Principal(Guid.NewGuid(), "paul", PrincipalKind.User, [Role.Approver], clock.GetUtcNow());
        var proposal = new DecisionProposal
        {
            SchemeId = scheme.Id,
            LevelKey = "urgence-attentat",
            TerritoryIds = ["FRA"],
            EffectiveAt = clock.GetUtcNow(),
            Authority = "Premier ministre",
            Rationale = "Benchmark.",
        };
        var decision = rules.Approve(rules.Propose(proposal, ana, []).Value, paul).Value;
        _state = new PlanState(scheme, set, [decision]);
        _at = clock.GetUtcNow().AddDays(1);
    }

    [Benchmark(OperationsPerInvoke = 101)]
    public int LocateAndLevelEveryDepartement()
    {
        var ranks = 0;
        foreach (var (latitude, longitude) in _points)
        {
            var territory = _locator.Locate(latitude, longitude).Value.Territories[0];
            ranks += _state.LevelInForce(territory.Id, _at).Value.Level.Rank;
        }

        return ranks;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
