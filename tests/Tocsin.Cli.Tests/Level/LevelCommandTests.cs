namespace Tocsin.Cli.Tests.Level;

public sealed class LevelCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    [Fact]
    public async Task A_decision_proposed_and_approved_by_different_principals_sets_the_level()
    {
        await UsersAsync();
        var id = await ProposeAsync("FRA-D75");

        var approved = await RunAsync("level", "approve", id, "--as", "paul");
        var at = await RunAsync("level", "at", "FRA-D75");

        Assert.True(approved.ExitCode == 0 && at.Output.StartsWith("urgence-attentat", StringComparison.Ordinal), $"{approved}\n{at}");
    }

    [Fact]
    public async Task A_message_published_by_the_cli_is_signed_with_the_data_directory_keys()
    {
        await UsersAsync();
        var id = await ProposeAsync("FRA-D31");
        await RunAsync("level", "approve", id, "--as", "paul");
        var saved = _sandbox.PathOf("message.xml");
        await using (var store = (await Tocsin.Storage.StoreOpener.OpenAsync(null, _sandbox.DataDirectory, TimeProvider.System, TestContext.Current.CancellationToken)).Value)
        {
            var message = (await store.Publications.ListAfterAsync(0, 10, TestContext.Current.CancellationToken)).Single();
            await File.WriteAllBytesAsync(saved, message.Xml.ToArray(), TestContext.Current.CancellationToken);
        }

        var verified = await _sandbox.RunAsync("signature", "verify", saved, "--data", _sandbox.DataDirectory);

        Assert.True(verified.ExitCode == 0 && verified.Output.StartsWith("valid", StringComparison.Ordinal), verified.ToString());
    }

    [Fact]
    public async Task Approving_your_own_proposal_is_refused_and_changes_nothing()
    {
        await UsersAsync();
        var id = await ProposeAsync("FRA-D13", proposer: "paul");

        var approved = await RunAsync("level", "approve", id, "--as", "paul");
        var show = await RunAsync("level", "show", id);

        Assert.True(approved.ExitCode == 1 && approved.Error.StartsWith("same-person-cannot-approve", StringComparison.Ordinal)
            && show.Output.Contains("status proposed", StringComparison.Ordinal), $"{approved}\n{show}");
    }

    [Fact]
    public async Task Show_lists_events_and_the_published_message()
    {
        await UsersAsync();
        var id = await ProposeAsync("FRA-D33");
        await RunAsync("level", "approve", id, "--as", "paul");

        var show = await RunAsync("level", "show", id);

        Assert.True(show.Output.Contains("approved by paul", StringComparison.Ordinal) && show.Output.Contains($"message tocsin-{id}-1", StringComparison.Ordinal), show.ToString());
    }

    [Fact]
    public async Task History_shows_the_baseline_then_the_decision_and_its_cancellation()
    {
        await UsersAsync();
        var id = await ProposeAsync("FRA-D59");
        await RunAsync("level", "approve", id, "--as", "paul");
        await RunAsync("level", "cancel", id, "--as", "ana", "--reason", "Menace réévaluée.");
        await RunAsync("level", "approve-cancel", id, "--as", "paul");

        var history = await RunAsync("level", "history", "FRA-D59");

        Assert.Equal(["vigilance", "urgence-attentat", "vigilance"],
            history.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]).Take(3));
    }

    [Fact]
    public async Task An_unknown_territory_is_refused()
    {
        await UsersAsync();

        var proposed = await RunAsync("level", "propose", "--as", "ana", "--level", "urgence-attentat", "--territory", "FRA-D999",
            "--authority", "Premier ministre", "--rationale", "Menace.");

        Assert.True(proposed.ExitCode == 1 && proposed.Error.StartsWith("unknown-territory", StringComparison.Ordinal), proposed.ToString());
    }

    public void Dispose() => _sandbox.Dispose();

    private async Task UsersAsync()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");
        await _sandbox.RunAsync("user", "add", "paul", "--role", "approver");
    }

    private async Task<string> ProposeAsync(string territory, string proposer = "ana")
    {
        var proposed = await RunAsync("level", "propose", "--as", proposer, "--level", "urgence-attentat", "--territory", territory,
            "--effective", "2024-03-24T18:00:00Z", "--authority", "Premier ministre", "--rationale", "Menace très élevée.");
        Assert.True(proposed.ExitCode == 0, proposed.ToString());
        return proposed.Output.Trim().Split(' ')[1];
    }

    private Task<CliRun> RunAsync(params string[] args) => _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]);
}
