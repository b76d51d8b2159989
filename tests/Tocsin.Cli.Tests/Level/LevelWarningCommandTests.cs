namespace Tocsin.Cli.Tests.Level;

/// <summary><c>level show</c> of a proposal prints the warnings of the scheme's territory rule before anyone approves it.</summary>
public sealed class LevelWarningCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    [Fact]
    public async Task Showing_a_local_lowering_under_a_national_raise_warns_that_the_zone_stays_at_the_national_level()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");
        await _sandbox.RunAsync("user", "add", "paul", "--role", "approver");
        var national = await ProposeAsync("urgence-attentat", "FRA");
        await RunAsync("level", "approve", national, "--as", "paul");
        var lowering = await ProposeAsync("vigilance", "FRA-D75");

        var shown = await RunAsync("level", "show", lowering);

        Assert.Contains($"warning level-held on FRA-D75: Paris (FRA-D75) stays at urgence-attentat: decision {national}", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showing_an_approved_decision_prints_no_warning()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");
        await _sandbox.RunAsync("user", "add", "paul", "--role", "approver");
        var national = await ProposeAsync("urgence-attentat", "FRA");
        await RunAsync("level", "approve", national, "--as", "paul");

        var shown = await RunAsync("level", "show", national);

        Assert.DoesNotContain("warning", shown.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();

    private async Task<string> ProposeAsync(string level, string territory)
    {
        var proposed = await RunAsync("level", "propose", "--as", "ana", "--level", level, "--territory", territory,
            "--effective", "2024-03-24T18:00:00Z", "--authority", "Premier ministre", "--rationale", "Menace évaluée.");
        Assert.True(proposed.ExitCode == 0, proposed.ToString());
        return proposed.Output.Trim().Split(' ')[1];
    }

    private Task<CliRun> RunAsync(params string[] args) => _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]);
}
