using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Cap;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;
using Tocsin.Server.Feeds;
using Tocsin.Server.Plan;
using Tocsin.Server.Signing;
using Tocsin.Storage;

namespace Tocsin.Server.Tests.Feeds;

// the feed re-issues an Update before a message lapses while the level stays in force.
public sealed class CapReissueTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2024, 3, 24, 18, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(Start);
    private ITocsinStore _store = null!;
    private PlanDecisions _plan = null!;
    private CapReissuer _reissuer = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _store = (await StoreOpener.OpenAsync(null, _directory, _clock, Ct)).Value;
        await _store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, Ct);
        await _store.AddPrincipalAsync("paul", PrincipalKind.User, [Role.Approver], null, Ct);
        var signer = ServerSigner.Open(_directory, _clock);
        _plan = new PlanDecisions(_store, PlanCatalogue.Default, new PublicationSettings(), _clock, signer);
        _reissuer = new CapReissuer(_store, PlanCatalogue.Default, new PublicationSettings(), signer, _clock, NullLogger<CapReissuer>.Instance);
    }

    [Fact]
    public async Task Nothing_is_reissued_before_the_margin()
    {
        await DecideAsync();
        _clock.Advance(TimeSpan.FromDays(6));

        Assert.Empty(await _reissuer.RunOnceAsync(Ct));
    }

    [Fact]
    public async Task Twelve_hours_before_a_vigipirate_message_lapses_an_update_references_it_with_a_new_expiry()
    {
        var id = await DecideAsync();
        _clock.Advance(TimeSpan.FromDays(6.5));

        var reissued = (await _reissuer.RunOnceAsync(Ct)).Single();

        var messages = await _store.Publications.ForDecisionAsync(id, Ct);
        var alert = CapReader.Read(reissued.Xml.ToArray()).Value;
        Assert.Equal((CapMsgType.Update, messages[0].Identifier, "2024-04-07T06:00:00-00:00", 2),
            (alert.MsgType, alert.References.Single().Identifier, CapTime.Format(alert.Infos[0].Expires!.Value), messages.Count));
    }

    [Fact]
    public async Task A_reissue_is_audited_and_is_not_a_new_decision_event()
    {
        var id = await DecideAsync();
        _clock.Advance(TimeSpan.FromDays(6.5));

        var reissued = (await _reissuer.RunOnceAsync(Ct)).Single();

        var head = (await _store.Audit.HeadAsync(Ct))!;
        var decision = (await _store.Plan.FindAsync(id, Ct))!;
        Assert.Equal(("publication.add", reissued.Identifier, 2), (head.Action, head.Subject, decision.Events.Count));
    }

    [Fact]
    public async Task Running_twice_or_on_two_nodes_reissues_once()
    {
        await DecideAsync();
        _clock.Advance(TimeSpan.FromDays(6.5));
        var other = new CapReissuer(_store, PlanCatalogue.Default, new PublicationSettings(), ServerSigner.Open(_directory, _clock), _clock, NullLogger<CapReissuer>.Instance);

        var first = await _reissuer.RunOnceAsync(Ct);
        var second = await other.RunOnceAsync(Ct);

        Assert.Equal((1, 0), (first.Count, second.Count));
    }

    [Fact]
    public async Task A_cancelled_decision_is_never_reissued()
    {
        var id = await DecideAsync();
        await _plan.ProposeCancellationAsync(id, "ana", "Menace réévaluée.", null, Ct);
        await _plan.ApproveCancellationAsync(id, "paul", Ct);
        _clock.Advance(TimeSpan.FromDays(6.5));

        Assert.Empty(await _reissuer.RunOnceAsync(Ct));
    }

    [Fact]
    public async Task A_decision_ending_before_its_message_lapses_is_not_reissued()
    {
        await DecideAsync(Start.AddDays(3));
        _clock.Advance(TimeSpan.FromDays(2.9));

        Assert.Empty(await _reissuer.RunOnceAsync(Ct));
    }

    public async ValueTask DisposeAsync()
    {
        _plan.Dispose();
        _reissuer.Dispose();
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<Guid> DecideAsync(DateTimeOffset? expiresAt = null)
    {
        var proposed = await _plan.ProposeAsync(new DecisionProposal
        {
            SchemeId = "vigipirate",
            LevelKey = "urgence-attentat",
            TerritoryIds = ["FRA"],
            EffectiveAt = Start,
            ExpiresAt = expiresAt,
            Authority = "Premier ministre",
            Rationale = "Menace terroriste évaluée.",
        }, "ana", Ct);
        var approved = await _plan.ApproveAsync(proposed.Value.Id, "paul", Ct);
        return approved.Value.Id;
    }
}
