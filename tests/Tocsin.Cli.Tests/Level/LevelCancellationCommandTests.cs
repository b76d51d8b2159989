namespace Tocsin.Cli.Tests.Level;

/// <summary><c>tocsin level cancel</c> proposes; a different approver runs
/// <c>level approve-cancel</c>, and only then does the CAP Cancel go out.</summary>
public sealed class LevelCancellationCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    [Fact]
    public async Task Cancel_by_one_approver_only_proposes_and_the_level_stays()
    {
        var id = await ApprovedAsync();

        var cancel = await RunAsync("level", "cancel", id, "--as", "paul", "--reason", "Menace réévaluée.");
        var at = await RunAsync("level", "at", "FRA-D59");

        Assert.True(cancel.ExitCode == 0 && cancel.Output.StartsWith("cancellation proposed", StringComparison.Ordinal)
            && at.Output.Contains("urgence-attentat", StringComparison.Ordinal), cancel + "\n" + at);
    }

    [Fact]
    public async Task The_proposer_cannot_approve_their_own_cancellation()
    {
        var id = await ApprovedAsync();
        await RunAsync("level", "cancel", id, "--as", "paul", "--reason", "Menace réévaluée.");

        var approve = await RunAsync("level", "approve-cancel", id, "--as", "paul");

        Assert.True(approve.ExitCode == 1 && approve.Error.StartsWith("same-person-cannot-approve", StringComparison.Ordinal), approve.ToString());
    }

    [Fact]
    public async Task A_second_approver_approves_and_the_cancel_is_published()
    {
        var id = await ApprovedAsync();
        await RunAsync("level", "cancel", id, "--as", "paul", "--reason", "Menace réévaluée.");

        var approve = await RunAsync("level", "approve-cancel", id, "--as", "marie");

        Assert.True(approve.ExitCode == 0 && approve.Output.Trim() == $"cancelled {id}; published tocsin-{id}-2", approve.ToString());
    }

    [Fact]
    public async Task Show_lists_a_pending_cancellation()
    {
        var id = await ApprovedAsync();
        await RunAsync("level", "cancel", id, "--as", "ana", "--reason", "Menace réévaluée.");

        var show = await RunAsync("level", "show", id);

        Assert.True(show.Output.Contains("cancellation-proposed by ana: Menace réévaluée.", StringComparison.Ordinal)
            && show.Output.Contains("cancellation pending, proposed by ana", StringComparison.Ordinal), show.ToString());
    }

    [Fact]
    public async Task The_proposer_withdraws_and_nobody_else_can()
    {
        var id = await ApprovedAsync();
        await RunAsync("level", "cancel", id, "--as", "ana", "--reason", "Menace réévaluée.");

        var refused = await RunAsync("level", "withdraw-cancel", id, "--as", "paul");
        var withdrawn = await RunAsync("level", "withdraw-cancel", id, "--as", "ana");

        Assert.True(refused.ExitCode == 1 && withdrawn.ExitCode == 0 && withdrawn.Output.StartsWith("cancellation withdrawn", StringComparison.Ordinal),
            refused + "\n" + withdrawn);
    }

    [Fact]
    public async Task An_approver_rejects_a_proposed_cancellation()
    {
        var id = await ApprovedAsync();
        await RunAsync("level", "cancel", id, "--as", "ana", "--reason", "Menace réévaluée.");

        var rejected = await RunAsync("level", "reject-cancel", id, "--as", "marie", "--reason", "La menace demeure.");
        var approve = await RunAsync("level", "approve-cancel", id, "--as", "paul");

        Assert.True(rejected.ExitCode == 0 && approve.Error.StartsWith("no-cancellation-pending", StringComparison.Ordinal), rejected + "\n" + approve);
    }

    [Fact]
    public async Task A_proposal_is_withdrawn_by_its_proposer_and_then_cannot_be_approved()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");
        await _sandbox.RunAsync("user", "add", "paul", "--role", "approver");
        var proposed = await RunAsync("level", "propose", "--as", "ana", "--level", "urgence-attentat", "--territory", "FRA-D59",
            "--authority", "Premier ministre", "--rationale", "Menace très élevée.");
        var id = proposed.Output.Trim().Split(' ')[1];

        var withdrawn = await RunAsync("level", "withdraw", id, "--as", "ana");
        var approve = await RunAsync("level", "approve", id, "--as", "paul");

        Assert.True(withdrawn.Output.Trim() == $"withdrawn {id}" && approve.Error.StartsWith("not-pending", StringComparison.Ordinal), withdrawn + "\n" + approve);
    }

    public void Dispose() => _sandbox.Dispose();

    private async Task<string> ApprovedAsync()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");
        await _sandbox.RunAsync("user", "add", "paul", "--role", "approver");
        await _sandbox.RunAsync("user", "add", "marie", "--role", "approver");
        var proposed = await RunAsync("level", "propose", "--as", "ana", "--level", "urgence-attentat", "--territory", "FRA-D59",
            "--authority", "Premier ministre", "--rationale", "Menace très élevée.");
        Assert.True(proposed.ExitCode == 0, proposed.ToString());
        var id = proposed.Output.Trim().Split(' ')[1];
        var approved = await RunAsync("level", "approve", id, "--as", "paul");
        Assert.True(approved.ExitCode == 0, approved.ToString());
        return id;
    }

    private Task<CliRun> RunAsync(params string[] args) => _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]);
}
