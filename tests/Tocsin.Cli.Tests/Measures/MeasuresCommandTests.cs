using System.Text.Json;

namespace Tocsin.Cli.Tests.Measures;

/// <summary><c>tocsin measures check</c> prints every problem of a catalogue file or its summary; <c>tocsin measures
/// list</c> shows a shipped catalogue, filtered by level and domain.</summary>
public sealed class MeasuresCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    private const string Good = """
        { "scheme": "vigipirate",
          "domains": [ { "id": "campus", "code": "CMP", "titles": { "fr": "Campus", "en": "Campuses" } } ],
          "measures": [
            { "id": "CMP-01", "domain": "campus", "titles": { "fr": "a", "en": "a" }, "public": true, "fromLevel": "vigilance" },
            { "id": "CMP-02", "domain": "campus", "titles": { "fr": "b", "en": "b" }, "public": false, "fromLevel": "vigilance" } ] }
        """;

    [Fact]
    public async Task A_good_file_is_summarised_by_domain_with_public_and_restricted_counts()
    {
        var file = _sandbox.WriteFile("measures.json", Good);

        var run = await _sandbox.RunAsync("measures", "check", file);

        Assert.True(run.ExitCode == 0 && run.Output.Contains("CMP    campus                   2 measure(s): 1 public, 1 restricted  Campuses", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public async Task Every_problem_of_a_bad_file_is_printed_with_its_path_and_the_exit_code_is_one()
    {
        var file = _sandbox.WriteFile("measures.json", Good.Replace("\"domain\": \"campus\", \"titles\": { \"fr\": \"b\", \"en\": \"b\" }", "\"domain\": \"lab\", \"titles\": { \"fr\": \"b\" }", StringComparison.Ordinal));

        var run = await _sandbox.RunAsync("measures", "check", file);

        Assert.True(run.ExitCode == 1
            && run.Error.Contains($"{file}: $.measures[1].domain: 'lab' is not a domain declared in $.domains. [domain-undeclared]", StringComparison.Ordinal)
            && run.Error.Contains($"{file}: $.measures[1].titles.en: The text in 'en' is missing. [title-missing]", StringComparison.Ordinal)
            && run.Error.Contains("2 problem(s)", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public async Task A_file_for_another_scheme_than_the_one_asked_is_refused()
    {
        var file = _sandbox.WriteFile("measures.json", Good);

        var run = await _sandbox.RunAsync("measures", "check", file, "--scheme", "uk-threat-level");

        Assert.True(run.ExitCode == 1 && run.Error.Contains("[scheme-mismatch]", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public async Task The_shipped_catalogue_lists_restricted_measures_to_the_operator()
    {
        var run = await _sandbox.RunAsync("measures", "list", "--scheme", "vigipirate", "--domain", "TER");

        Assert.True(run.ExitCode == 0 && run.Output.Contains("TER-08", StringComparison.Ordinal) && run.Output.Contains("restricted", StringComparison.Ordinal)
            && !run.Output.Contains("RSB-", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public async Task Listing_at_a_level_leaves_out_the_measures_of_higher_levels()
    {
        var run = await _sandbox.RunAsync("measures", "list", "--level", "vigilance", "--format", "json");

        var levels = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(m => m.GetProperty("fromLevel").GetString()).Distinct();
        Assert.Equal(["vigilance"], levels);
    }

    [Theory]
    [InlineData("--level", "rouge")]
    [InlineData("--domain", "weather")]
    [InlineData("--scheme", "atlantis")]
    public async Task An_unknown_level_domain_or_scheme_is_refused(string option, string value)
    {
        var run = await _sandbox.RunAsync("measures", "list", option, value);

        Assert.True(run.ExitCode == 1 && run.Error.Contains(value, StringComparison.Ordinal), run.ToString());
    }

    public void Dispose() => _sandbox.Dispose();
}
