using Tocsin.Cli.Demo;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Server.Postures;
using Tocsin.Storage;

namespace Tocsin.Cli.Tests.Level;

public sealed class DemoPostureTests : IAsyncLifetime
{
    private readonly CliSandbox _sandbox = new();
    private ITocsinStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        _store = await CliStore.OpenAsync(_sandbox.DataDirectory, TimeProvider.System, TestContext.Current.CancellationToken);
        await DemoLoader.LoadIntoEmptyAsync(_store, null, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_demo_posture_goes_with_the_march_2024_decision_and_is_in_force_from_that_evening()
    {
        using var postures = new PlanPostures(_store, PlanCatalogue.Default, TimeProvider.System);
        var state = (await postures.StateAsync("vigipirate", DecisionTrack.Live, TestContext.Current.CancellationToken))!;

        var before = state.InForce("FRA-D75", DateTimeOffset.Parse("2024-03-24T18:00:00Z", System.Globalization.CultureInfo.InvariantCulture)).Value;
        var after = state.MeasuresInForce("FRA-D75", DateTimeOffset.Parse("2024-03-25T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), publicOnly: false).Value;

        Assert.Null(before);
        Assert.Equal(("urgence-attentat", "urgence-attentat"), (after.Posture?.LevelKey, after.LevelKey));
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _sandbox.Dispose();
    }
}
