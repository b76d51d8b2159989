namespace Tocsin.Cli.Tests.Sharing;

/// <summary><c>tocsin tearline create</c> takes the analyst's released texts, refuses a copy,
/// sends a release as it stands to a second person (<c>tocsin tearline approve</c>), and needs grants.</summary>
public sealed class TearlineCommandTests : IDisposable
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private readonly CliSandbox _sandbox = new();
    private readonly string _actorId = $"threat-actor--{Guid.NewGuid():D}";

    [Fact]
    public async Task A_word_for_word_copy_of_the_description_is_refused()
    {
        await SeedAsync();

        var run = await RunAsync("tearline", "create", _actorId, "--collection", "picture", "--release", "green", "--as", "ana",
            "--set", "name=Afghan branch", "--set", "description=HUMINT source CASTOR inside the Strasbourg cell.");

        Assert.True(run.ExitCode == 1 && run.Error.StartsWith("tearline-text-copied", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public async Task Text_written_for_release_is_released()
    {
        await SeedAsync();

        var run = await RunAsync("tearline", "create", _actorId, "--collection", "picture", "--release", "green", "--as", "ana",
            "--set", "name=Afghan branch of the Islamic State", "--omit", "description");

        Assert.True(run.ExitCode == 0 && run.Output.StartsWith("released threat-actor--", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public async Task Texts_can_come_from_a_file()
    {
        await SeedAsync();
        var file = _sandbox.WriteFile("texts.json", """{"name": "Afghan branch", "description": "A network planning attacks in France."}""");

        var run = await RunAsync("tearline", "create", _actorId, "--collection", "picture", "--release", "green", "--as", "ana", "--text-file", file);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task As_it_stands_waits_for_a_different_approver()
    {
        await SeedAsync();
        var pending = await RunAsync("tearline", "create", _actorId, "--collection", "picture", "--release", "green", "--as", "ana",
            "--as-it-stands", "name", "--omit", "description");
        var requestId = pending.Output.Split(' ', ':')[1];

        var bySelf = await RunAsync("tearline", "approve", requestId, "--as", "ana");
        var byApprover = await RunAsync("tearline", "approve", requestId, "--as", "paul");

        Assert.True(pending.Output.StartsWith("pending ", StringComparison.Ordinal) && bySelf.ExitCode == 1
            && byApprover.ExitCode == 0 && byApprover.Output.Contains("as it stands name", StringComparison.Ordinal),
            pending + "\n" + bySelf + "\n" + byApprover);
    }

    [Fact]
    public async Task An_analyst_without_a_write_grant_is_refused()
    {
        await SeedAsync();
        await _sandbox.RunAsync("collection", "grant", "picture", "ana", "--read");

        var run = await RunAsync("tearline", "create", _actorId, "--collection", "picture", "--release", "green", "--as", "ana",
            "--set", "name=Afghan branch", "--omit", "description");

        Assert.True(run.ExitCode == 1 && run.Error.StartsWith("collection-write-forbidden", StringComparison.Ordinal), run.ToString());
    }

    public void Dispose() => _sandbox.Dispose();

    private async Task SeedAsync()
    {
        await RunAsync("partner", "policy", "--org", Ours);
        await _sandbox.RunAsync("collection", "add", "picture");
        var file = _sandbox.WriteFile("bundle.json", $$"""
            {"type":"bundle","id":"bundle--{{Guid.NewGuid():D}}","objects":[
            {"type":"threat-actor","spec_version":"2.1","id":"{{_actorId}}","created_by_ref":"{{Ours}}","created":"2024-03-22T10:00:00.000Z",
             "modified":"2024-03-22T10:00:00.000Z","name":"ISIS-K","description":"HUMINT source CASTOR, inside the Strasbourg cell.",
             "object_marking_refs":["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"]}]}
            """);
        var import = await _sandbox.RunAsync("import", file, "--collection", "picture");
        Assert.True(import.ExitCode == 0, import.ToString());
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");
        await _sandbox.RunAsync("user", "add", "paul", "--role", "approver");
        await _sandbox.RunAsync("collection", "grant", "picture", "ana", "--read", "--write");
        await _sandbox.RunAsync("collection", "grant", "picture", "paul", "--read");
    }

    private Task<CliRun> RunAsync(params string[] args) => _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]);
}
