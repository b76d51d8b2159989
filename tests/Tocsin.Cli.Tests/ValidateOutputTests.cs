using System.Text.Json;

namespace Tocsin.Cli.Tests;

/// <summary><c>validate --quiet</c>, <c>--max-warnings</c> and the machine-readable formats.</summary>
public sealed class ValidateOutputTests : IDisposable
{
    // UUIDv1 ids: each is a SHOULD (id-uuid-version) warning, not an error.
    private const string FirstV1 = "identity--311b2d2d-f010-1473-83ec-1edf84858f4c";
    private const string SecondV1 = "identity--411b2d2d-f010-1473-83ec-1edf84858f4c";
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private string TwoWarnings() => _sandbox.WriteFile("warn.json", StixSamples.Bundle(
        StixSamples.Identity().Replace(StixSamples.IdentityId, FirstV1, StringComparison.Ordinal),
        StixSamples.Identity().Replace(StixSamples.IdentityId, SecondV1, StringComparison.Ordinal)));

    private string OneErrorOneWarning() => _sandbox.WriteFile("mixed.json", StixSamples.Bundle(
        StixSamples.Identity().Replace(StixSamples.IdentityId, FirstV1, StringComparison.Ordinal),
        StixSamples.BadIdObject));

    [Fact]
    public async Task Warnings_are_printed_by_default_and_do_not_fail()
    {
        var run = await _sandbox.RunAsync("validate", TwoWarnings());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.Error.Split('\n').Count(l => l.Contains(": warning: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Quiet_prints_errors_only_but_still_counts_warnings()
    {
        var run = await _sandbox.RunAsync("validate", "--quiet", OneErrorOneWarning());

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(": warning: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(": error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 error(s), 1 warning(s)", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 0)]
    [InlineData("0", 1)]
    public async Task More_warnings_than_max_warnings_fails(string max, int exitCode)
    {
        var run = await _sandbox.RunAsync("validate", "--max-warnings", max, TwoWarnings());

        Assert.True(run.ExitCode == exitCode, run.ToString());
    }

    [Fact]
    public async Task Exceeding_max_warnings_says_so()
    {
        var run = await _sandbox.RunAsync("validate", "-q", "--max-warnings", "1", TwoWarnings());

        Assert.Equal("validate: 2 warning(s), more than --max-warnings 1", run.Error.Trim());
    }

    [Fact]
    public async Task Json_is_one_document_with_counts_and_problems()
    {
        var file = OneErrorOneWarning();

        var run = await _sandbox.RunAsync("validate", "--format", "json", file);

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        var problems = root.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(1, run.ExitCode);
        Assert.Equal((2, 1, 1), (root.GetProperty("objects").GetInt32(), root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32()));
        Assert.Equal(["error", "warning"], problems.Select(p => p.GetProperty("severity").GetString()).Order());
        Assert.Contains(problems, p => p.GetProperty("object_id").GetString() == "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"
            && p.GetProperty("path").GetString() == "$.id" && p.GetProperty("file").GetString() == file && p.GetProperty("index").GetInt32() == 1);
    }

    [Fact]
    public async Task Json_with_quiet_lists_errors_only()
    {
        var run = await _sandbox.RunAsync("validate", "--format", "json", "--quiet", OneErrorOneWarning());

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["error"], json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("severity").GetString()));
    }

    [Fact]
    public async Task A_missing_file_is_a_problem_in_the_json_document()
    {
        var run = await _sandbox.RunAsync("validate", "--format", "json", _sandbox.PathOf("nope.json"));

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Sarif_is_a_2_1_0_log_with_one_result_per_problem()
    {
        var run = await _sandbox.RunAsync("validate", "--format", "sarif", OneErrorOneWarning());

        using var sarif = JsonDocument.Parse(run.Output);
        var root = sarif.RootElement;
        var theRun = root.GetProperty("runs")[0];
        var results = theRun.GetProperty("results").EnumerateArray().ToList();
        var rules = theRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-schema-2.1.0.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.Equal("tocsin", theRun.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        Assert.Equal(["error", "warning"], results.Select(r => r.GetProperty("level").GetString()).Order());
        Assert.All(results, r => Assert.Contains(r.GetProperty("ruleId").GetString(), rules));
        Assert.All(results, r => Assert.StartsWith("file:///", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal));
        Assert.Contains(results, r => r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString() == "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f.id");
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_clean_file_gives_an_empty_sarif_run()
    {
        var file = _sandbox.WriteFile("good.json", StixSamples.Bundle(StixSamples.Identity()));

        var run = await _sandbox.RunAsync("validate", "--format", "sarif", file);

        using var sarif = JsonDocument.Parse(run.Output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }
}
