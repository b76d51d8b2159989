namespace Tocsin.Cli.Tests;

/// <summary>The short cuts that keep start-up small answer exactly as the full command line would: <c>--version</c>
/// before any command is built, and a named command built alone.</summary>
public sealed class StartupPathTests
{
    [Fact]
    public async Task Version_prints_the_informational_version_and_nothing_else()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("--version");

        Assert.Equal((0, TocsinCli.Version + Environment.NewLine, ""), (run.ExitCode, run.Output, run.Error));
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Fact]
    public async Task Help_without_a_command_still_lists_every_command()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("--help");

        Assert.All(new[] { "serve", "validate", "import", "export", "user", "collection", "subscriber", "signature", "level", "ingest",
            "partner", "tearline", "audit", "migrate" }, name => Assert.Contains("  " + name, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_command_is_refused_in_one_line()
    {
        using var sandbox = new CliSandbox();

        var run = await sandbox.RunAsync("valdate", "x.json");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("valdate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_built_alone_runs_as_before()
    {
        using var sandbox = new CliSandbox();
        var file = sandbox.WriteFile("one.json", StixSamples.Bundle(StixSamples.Identity()));

        var run = await sandbox.RunAsync("validate", "--quiet", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 object(s), 0 error(s)", run.Output, StringComparison.Ordinal);
    }
}
