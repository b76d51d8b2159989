using Tocsin.Testing;

namespace Tocsin.Cli.Tests.FrontDoor;

/// <summary>What the native front door answers itself (<c>--version</c> and <c>validate</c>, errors and help
/// included) is byte for byte what the managed command answers: standard output, standard error and exit code.</summary>
public sealed class FrontDoorAnswerTests(FrontDoorInstall install) : IClassFixture<FrontDoorInstall>, IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string[]> CommandLines() => new()
    {
        { ["--version"] },
        { ["validate", "SAMPLES"] },
        { ["validate", "--quiet", "SAMPLES"] },
        { ["validate", "--format", "json", "SAMPLES"] },
        { ["validate", "--format", "SARIF", "-q", "SAMPLES"] },
        { ["validate", "--max-warnings", "0", "SAMPLES"] },
        { ["validate", "--format", "json", "--max-warnings", "5", "MIXED"] },
        { ["validate", "MIXED", "TRUNCATED", "missing.json", "."] },
        { ["validate", "--format", "sarif", "MIXED", "TRUNCATED", "missing.json"] },
        { ["validate"] },
        { ["validate", "--format", "xml", "MIXED"] },
        { ["validate", "--max-warnings", "-1", "MIXED"] },
        { ["validate", "--no-such-option", "MIXED"] },
        { ["validate", "--help"] },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public async Task The_front_door_answers_as_the_managed_command(string[] commandLine)
    {
        var args = commandLine.SelectMany(Expand).ToList();

        var native = await FrontDoorInstall.RunAsync(install.FrontDoor, args, AppContext.BaseDirectory);
        var managed = await FrontDoorInstall.RunAsync(install.Managed, args, AppContext.BaseDirectory);

        Assert.Equal(managed.ToString(), native.ToString());
    }

    [Fact]
    public async Task Validate_is_answered_without_the_managed_command()
    {
        var alone = _sandbox.WriteFile("alone.txt", string.Empty);
        File.Delete(alone);
        Directory.CreateDirectory(alone);
        var frontDoor = install.AloneIn(alone);

        var run = await FrontDoorInstall.RunAsync(frontDoor, ["validate", Mixed()], _sandbox.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("2 object(s), 1 error(s), 1 warning(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("[id-type-mismatch]", run.Error, StringComparison.Ordinal);
    }

    private IEnumerable<string> Expand(string word) => word switch
    {
        // Relative paths as a user types them (the reports print files as named), from the test output directory.
        "SAMPLES" => SampleBundles.All().Select(file => Path.Combine("Samples", "stix-bundles", file)),
        "MIXED" => [Mixed()],
        "TRUNCATED" => [_sandbox.WriteFile("truncated.json", """{"type":"bundle","id":"bundle--1","objects":[{"type":"ind""")],
        _ => [word],
    };

    private string Mixed() => _sandbox.WriteFile("mixed.json", StixSamples.Bundle(
        StixSamples.Identity().Replace(StixSamples.IdentityId, "identity--311b2d2d-f010-1473-83ec-1edf84858f4c", StringComparison.Ordinal),
        StixSamples.BadIdObject));
}
