namespace Tocsin.Cli.Tests;

/// <summary>A listing with nothing to show says so on standard error (standard output stays a clean
/// table for scripts) and succeeds.</summary>
public sealed class NothingFoundTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    // The sandbox adds --data itself for the commands it knows touch the store.
    private Task<CliRun> RunAsync(params string[] args) =>
        args[0] is "partner" or "subscriber" ? _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]) : _sandbox.RunAsync(args);

    [Theory]
    [InlineData("no partners yet", "partner", "list")]
    [InlineData("no subscribers yet", "subscriber", "list")]
    [InlineData("no users or partners yet", "user", "list")]
    [InlineData("no collections yet", "collection", "list")]
    [InlineData("no audit entries from sequence 1000", "audit", "show", "--from", "1000")]
    public async Task An_empty_listing_says_so(string expected, params string[] args)
    {
        var run = await RunAsync(args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_that_received_nothing_is_reported_as_such()
    {
        await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");

        var run = await RunAsync("partner", "received", "bfv", "--from", "2024-03-22T00:00:00Z", "--to", "2024-03-23T00:00:00Z");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("nothing was shared with bfv from 2024-03-22T00:00:00Z to 2024-03-23T00:00:00Z", run.Error.Trim());
    }

    [Fact]
    public async Task A_partner_with_no_contributions_is_reported_as_such()
    {
        await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");

        var run = await RunAsync("partner", "contributions", "bfv");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("no contributions from bfv", run.Error.Trim());
    }
}
