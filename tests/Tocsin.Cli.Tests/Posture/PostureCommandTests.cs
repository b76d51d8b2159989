using Tocsin.Core.Plan;

namespace Tocsin.Cli.Tests.Posture;

public sealed class PostureCommandTests : IDisposable
{
    private static readonly string Restricted = PlanCatalogue.Default.MeasuresOf("vigipirate").Measures.First(m => !m.IsPublic).Id;
    private readonly CliSandbox _sandbox = new();

    [Fact]
    public async Task A_posture_proposed_from_the_level_default_and_approved_by_another_is_in_force()
    {
        await UsersAsync();
        var id = await ProposeAsync("--from-level");

        var approved = await RunAsync("posture", "approve", id, "--as", "paul");
        var inForce = await RunAsync("posture", "in-force", "FRA-D75");

        Assert.True(approved.ExitCode == 0 && inForce.Output.StartsWith($"posture {id}", StringComparison.Ordinal), $"{approved}\n{inForce}");
    }

    [Fact]
    public async Task The_public_list_leaves_restricted_measures_out()
    {
        await UsersAsync();
        var id = await ProposeAsync("--from-level");
        await RunAsync("posture", "approve", id, "--as", "paul");

        var all = await RunAsync("posture", "in-force", "FRA");
        var publicOnly = await RunAsync("posture", "in-force", "FRA", "--public");

        Assert.True(all.Output.Contains(Restricted, StringComparison.Ordinal) && !publicOnly.Output.Contains(Restricted, StringComparison.Ordinal), $"{all}\n{publicOnly}");
    }

    [Fact]
    public async Task Approving_your_own_posture_is_refused_in_one_line_and_changes_nothing()
    {
        await UsersAsync();
        var id = await ProposeAsync("--from-level", proposer: "paul");

        var approved = await RunAsync("posture", "approve", id, "--as", "paul");
        var show = await RunAsync("posture", "show", id);

        Assert.True(approved.ExitCode == 1 && approved.Error.StartsWith("same-person-cannot-approve", StringComparison.Ordinal)
            && approved.Error.Trim().Split('\n').Length == 1 && show.Output.Contains("status proposed", StringComparison.Ordinal), $"{approved}\n{show}");
    }

    [Fact]
    public async Task History_shows_the_posture_then_its_cancellation()
    {
        await UsersAsync();
        var id = await ProposeAsync("--from-level");
        await RunAsync("posture", "approve", id, "--as", "paul");
        await RunAsync("posture", "cancel", id, "--as", "ana", "--reason", "Fin.");
        await RunAsync("posture", "approve-cancel", id, "--as", "paul");

        var history = await RunAsync("posture", "history", "FRA-D75", "--from", "2026-01-01T00:00:00Z", "--to", "2099-01-01T00:00:00Z");

        Assert.True(history.ExitCode == 0 && history.Output.Contains($"posture {id}", StringComparison.Ordinal)
            && history.Output.TrimEnd().EndsWith("no posture (level default)", StringComparison.Ordinal), history.ToString());
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_one_plain_line()
    {
        await UsersAsync();
        var file = _sandbox.WriteFile("bad.json", "not json");

        var proposed = await RunAsync("posture", "propose", file, "--as", "ana");

        Assert.True(proposed.ExitCode == 1 && proposed.Error.StartsWith("invalid-json", StringComparison.Ordinal), proposed.ToString());
    }

    public void Dispose() => _sandbox.Dispose();

    private async Task UsersAsync()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");
        await _sandbox.RunAsync("user", "add", "paul", "--role", "approver");
    }

    private async Task<string> ProposeAsync(string option, string proposer = "ana")
    {
        var file = _sandbox.WriteFile("posture.json", """
            {
              "scheme": "vigipirate",
              "titles": { "fr": "Posture été 2026" },
              "level": "urgence-attentat",
              "territories": ["FRA"],
              "startsAt": "2026-06-01T00:00:00Z",
              "measures": [],
              "authority": "SGDSN",
              "rationale": "Grands rassemblements de l'été."
            }
            """);
        var proposed = await RunAsync("posture", "propose", file, "--as", proposer, option);
        Assert.True(proposed.ExitCode == 0, proposed.ToString());
        return proposed.Output.Trim().Split(' ')[1];
    }

    private Task<CliRun> RunAsync(params string[] args) => _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]);
}
