using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;
using Tocsin.Server.Plan;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Plan;

/// <summary>Vigipirate's reinforce-only rule over decisions read back from each engine: a national lowering is previewed
/// with its warnings and, once approved, leaves Paris's reinforcement in force until its own expiry.</summary>
public sealed class TerritoryRuleEngineTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_national_lowering_is_previewed_with_its_warnings_and_keeps_a_local_reinforcement(string engine)
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = engine == "postgres" ? "postgres:" + await postgres.CreateDatabaseAsync() : null;
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 11, 13, 21, 40, 0, TimeSpan.Zero));
        await using var store = (await StoreOpener.OpenAsync(database, directory, clock, Ct)).Value;
        await store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct);
        await store.AddPrincipalAsync("paul", PrincipalKind.User, [Role.Approver], null, Ct);
        using var plan = new PlanDecisions(store, PlanCatalogue.Default, new PublicationSettings(), clock);
        var national = await DecideAsync(plan, clock, Proposal("urgence-attentat", clock, "FRA"));
        var paris = await DecideAsync(plan, clock, Proposal("urgence-attentat", clock, "FRA-D75") with { ExpiresAt = clock.GetUtcNow().AddDays(30) });
        var lowering = (await plan.ProposeAsync(Proposal("securite-renforcee-risque-attentat", clock, "FRA") with { Supersedes = [national] }, "ana", Ct)).Value;
        clock.Advance(TimeSpan.FromMinutes(5));

        var preview = (await new DecisionPreviews(store, plan, clock).OfPendingAsync(lowering.Id, Ct)).Value;
        await plan.ApproveAsync(lowering.Id, "paul", Ct);
        var state = (await plan.StateAsync("vigipirate", DecisionTrack.Live, Ct))!;
        var now = clock.GetUtcNow();

        Assert.Equal(
            ("decision-ended FRA, reinforcement-kept FRA-D75", ("urgence-attentat", paris), "securite-renforcee-risque-attentat", "securite-renforcee-risque-attentat"),
            (string.Join(", ", preview.Warnings.Select(w => $"{w.Code} {w.Territory}")),
             (state.LevelInForce("FRA-D75", now).Value.Level.Key, state.LevelInForce("FRA-D75", now).Value.Decision!.Id),
             state.LevelInForce("FRA-D69", now).Value.Level.Key,
             state.LevelInForce("FRA-D75", now.AddDays(31)).Value.Level.Key));
    }

    private static async Task<Guid> DecideAsync(PlanDecisions plan, FakeTimeProvider clock, DecisionProposal proposal)
    {
        var proposed = (await plan.ProposeAsync(proposal, "ana", Ct)).Value;
        clock.Advance(TimeSpan.FromMinutes(5));
        await plan.ApproveAsync(proposed.Id, "paul", Ct);
        clock.Advance(TimeSpan.FromHours(1));
        return proposed.Id;
    }

    private static DecisionProposal Proposal(string level, FakeTimeProvider clock, string territory) => new()
    {
        SchemeId = "vigipirate",
        LevelKey = level,
        TerritoryIds = [territory],
        EffectiveAt = clock.GetUtcNow(),
        Authority = "Premier ministre",
        Rationale = "Menace évaluée.",
    };
}
