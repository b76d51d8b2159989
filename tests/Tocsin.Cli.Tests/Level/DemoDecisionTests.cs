using Microsoft.Extensions.Time.Testing;
using Tocsin.Cli.Demo;
using Tocsin.Core.Cap;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Signing;
using Tocsin.Server.Plan;
using Tocsin.Server.Signing;
using Tocsin.Storage;

namespace Tocsin.Cli.Tests.Level;

public sealed class DemoDecisionTests : IAsyncLifetime
{
    private readonly CliSandbox _sandbox = new();
    private ITocsinStore _store = null!;
    private ServerSigner _signer = null!;

    public async ValueTask InitializeAsync()
    {
        _store = await CliStore.OpenAsync(_sandbox.DataDirectory, TimeProvider.System, TestContext.Current.CancellationToken);
        _signer = ServerSigner.Open(_sandbox.DataDirectory, TimeProvider.System);
        await DemoLoader.LoadIntoEmptyAsync(_store, _signer, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Every_demo_message_carries_a_valid_signature_by_the_data_directorys_key()
    {
        var messages = await _store.Publications.ListAfterAsync(0, 100, TestContext.Current.CancellationToken);

        Assert.All(messages, m => Assert.True(CapSignature.Verify(_signer.PublishedKeys, m.Xml.ToArray()).IsSuccess, m.Identifier));
        Assert.Equal(3, messages.Count);
    }

    [Theory]
    [InlineData("2023-10-01T00:00:00Z", "vigilance")]
    [InlineData("2023-12-01T00:00:00Z", "urgence-attentat")]
    [InlineData("2024-02-01T00:00:00Z", "securite-renforcee-risque-attentat")]
    [InlineData("2024-03-25T00:00:00Z", "urgence-attentat")]
    public async Task The_demo_gives_France_its_historical_level(string at, string level)
    {
        var state = await StateAsync();

        Assert.Equal(level, state.LevelInForce("FRA-D75", DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)).Value.Level.Key);
    }

    [Fact]
    public async Task The_march_decision_is_still_in_force_and_overdue_for_review()
    {
        var state = await StateAsync();
        var now = TimeProvider.System.GetUtcNow();

        var inForce = state.LevelInForce("FRA-D973", now).Value;

        Assert.Equal(("urgence-attentat", true), (inForce.Level.Key, state.OverdueForReview(now).Contains(inForce.Decision!)));
    }

    [Fact]
    public async Task The_march_message_is_an_update_referencing_the_january_message()
    {
        var decisions = await _store.Plan.ListAsync("vigipirate", TestContext.Current.CancellationToken);
        var january = (await _store.Publications.ForDecisionAsync(decisions[1].Id, TestContext.Current.CancellationToken)).Single();
        var march = (await _store.Publications.ForDecisionAsync(decisions[2].Id, TestContext.Current.CancellationToken)).Single();

        var alert = CapReader.Read(march.Xml.ToArray()).Value;

        Assert.Equal((CapMsgType.Update, january.Identifier, "2024-03-24T18:30:00-00:00"), (alert.MsgType, alert.References.Single().Identifier, CapTime.Format(alert.Sent)));
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _sandbox.Dispose();
    }

    private async Task<PlanState> StateAsync()
    {
        using var plan = new PlanDecisions(_store, PlanCatalogue.Default, new PublicationSettings(), new FakeTimeProvider());
        return (await plan.StateAsync("vigipirate", DecisionTrack.Live, TestContext.Current.CancellationToken))!;
    }
}
