namespace Tocsin.Cli.Tests;

/// <summary>Every command answers a wrong command line with one plain line on standard error and exit
/// code 2: what is wrong and what is expected, never a .NET type name, a stack trace or the full help.</summary>
public sealed class PlainArgumentErrorTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string[], string> BadCommandLines => new()
    {
        { [], "a command is required, one of: serve, validate" },
        { ["levle"], "unknown command or argument 'levle'" },
        { ["serve", "--port", "http"], "--port: 'http' is not valid; expected a whole number from 1 to 65535" },
        { ["serve", "--port", "70000"], "--port: '70000' is not valid" },
        { ["validate"], "missing FILE" },
        { ["validate", "a.json", "--format", "xml"], "--format: 'xml' is not valid; expected one of text, json, sarif" },
        { ["validate", "a.json", "--max-warnings", "many"], "--max-warnings: 'many' is not valid; expected a whole number of at least 0" },
        { ["import"], "missing FILE" },
        { ["export", "--latest", "maybe"], "'maybe'" },
        { ["user", "add", "ana"], "option '--role' is required" },
        { ["partner"], "a command is required, one of: add, list" },
        { ["collection", "grant"], "missing" },
        { ["subscriber", "add"], "missing NAME" },
        { ["signature", "rotate", "--keep-published", "ninety"], "--keep-published: 'ninety' is not valid; expected a whole number of at least 0" },
        { ["level", "show", "nonexistent"], "ID: 'nonexistent' is not a decision id; expected a UUID such as" },
        { ["level", "approve", "42", "--as", "ana"], "ID: '42' is not a decision id" },
        { ["level", "cancel", "x", "--as", "ana"], "ID: 'x' is not a decision id" },
        { ["level", "propose", "--as", "ana", "--territory", "FRA", "--authority", "SGDSN", "--rationale", "r"], "option '--level' is required" },
        { ["level", "at"], "missing TERRITORY" },
        { ["ingest"], "missing" },
        { ["partner", "received", "bfv"], "is required" },
        { ["partner", "contributions"], "missing NAME" },
        { ["tearline", "approve", "x", "--as", "ana"], "REQUEST_ID: 'x' is not a tearline request id" },
        { ["audit", "show", "--limit", "none"], "--limit: 'none' is not valid; expected a whole number of at least 1" },
        { ["audit", "show", "--limit", "0"], "--limit: '0' is not valid" },
        { ["audit", "show", "--from", "first"], "--from: 'first' is not valid" },
        { ["audit", "verify", "--deep", "sure"], "'sure'" },
        { ["migrate", "--frobnicate"], "'--frobnicate'" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public async Task A_bad_command_line_gets_one_plain_line_and_exit_2(string[] args, string expected)
    {
        var run = await _sandbox.RunAsync(args, null);

        var lines = run.Error.TrimEnd().Split('\n');
        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.True(lines.Length == 1, run.ToString());
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.Matches("\\(see 'tocsin[a-z -]*--help'\\)$", lines[0]);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task The_line_names_the_command_that_was_given()
    {
        var run = await _sandbox.RunAsync("level", "show", "nonexistent");

        Assert.StartsWith("tocsin level show: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_when_asked_for_is_still_the_full_help()
    {
        var run = await _sandbox.RunAsync("level", "show", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }
}
