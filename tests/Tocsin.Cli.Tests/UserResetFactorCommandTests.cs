using Tocsin.Core.Audit;
using Tocsin.Storage;

namespace Tocsin.Cli.Tests;

/// <summary><c>tocsin user reset-factor</c>: removes a user's second factors and recovery codes, audited.</summary>
public sealed class UserResetFactorCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Resetting_removes_every_factor_and_is_audited()
    {
        await _sandbox.RunAsync("user", "add", "paul", "--role", "approver");
        await using (var store = await OpenAsync())
        {
            var paul = (await store.FindPrincipalAsync("paul", Ct))!;
            await store.SecondFactors.SetTotpAsync(paul.Id, "protected-secret", 1, Ct);
            await store.SecondFactors.ReplaceRecoveryCodesAsync(paul.Id, [("AAAA", "hash")], Ct);
        }

        var run = await _sandbox.RunAsync("user", "reset-factor", "paul");

        Assert.True(run.ExitCode == 0, run.ToString());
        await using var after = await OpenAsync();
        var summary = await after.SecondFactors.SummaryAsync((await after.FindPrincipalAsync("paul", Ct))!.Id, Ct);
        Assert.Equal((false, 0), (summary.Any, summary.RecoveryCodesLeft));
        Assert.Equal(AuditActions.SecondFactorReset, (await after.Audit.HeadAsync(Ct))!.Action);
    }

    [Fact]
    public async Task An_unknown_user_is_refused()
    {
        var run = await _sandbox.RunAsync("user", "reset-factor", "nobody");

        Assert.Equal((1, true), (run.ExitCode, run.Error.Contains("no user named 'nobody'", StringComparison.Ordinal)));
    }

    private async Task<ITocsinStore> OpenAsync() => (await StoreOpener.OpenAsync(null, _sandbox.DataDirectory, TimeProvider.System, Ct)).Value;
}
