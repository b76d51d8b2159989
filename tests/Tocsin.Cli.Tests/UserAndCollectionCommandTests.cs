namespace Tocsin.Cli.Tests;

public sealed class UserAndCollectionCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Adding_a_user_without_password_prints_an_api_key_once()
    {
        var run = await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches("api key \\(shown once, store it now\\): tk_[0-9a-f]{12}_", run.Output);
    }

    [Fact]
    public async Task A_user_with_a_password_from_stdin_is_listed_with_roles()
    {
        await _sandbox.RunAsync(["user", "add", "paul", "--role", "approver", "--role", "watch-officer", "--password-stdin"], "s3cret-passphrase\n");

        var list = await _sandbox.RunAsync("user", "list");

        Assert.Contains("paul\tuser\tapprover,watch-officer", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_password_on_stdin_is_refused_and_adds_nobody()
    {
        var run = await _sandbox.RunAsync(["user", "add", "paul", "--role", "approver", "--password-stdin"], "\n");
        var list = await _sandbox.RunAsync("user", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("paul", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_role_is_refused_with_the_accepted_names()
    {
        var run = await _sandbox.RunAsync("user", "add", "x", "--role", "superuser");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("analyst, approver, watch-officer, admin", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_name_is_refused()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");

        var run = await _sandbox.RunAsync("user", "add", "ana", "--role", "admin");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Removing_a_user_takes_it_off_the_list()
    {
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");

        var run = await _sandbox.RunAsync("user", "remove", "ana");
        var list = await _sandbox.RunAsync("user", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("ana", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_an_unknown_user_fails()
    {
        var run = await _sandbox.RunAsync("user", "remove", "ghost");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_new_key_for_a_user_differs_from_the_first()
    {
        var first = await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");

        var second = await _sandbox.RunAsync("user", "key", "ana");

        Assert.Equal(0, second.ExitCode);
        Assert.NotEqual(first.Output.Split(": ")[^1], second.Output.Split(": ")[^1]);
    }

    [Fact]
    public async Task Collection_add_prints_a_UUIDv4_and_list_shows_it()
    {
        var add = await _sandbox.RunAsync("collection", "add", "partners-eu", "--title", "EU partners");

        var list = await _sandbox.RunAsync("collection", "list");

        Assert.Equal(4, Guid.Parse(add.Output.Trim()).Version);
        Assert.Contains($"{add.Output.Trim()}\tpartners-eu\t0\tEU partners", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_alias_is_refused()
    {
        await _sandbox.RunAsync("collection", "add", "picture");

        var run = await _sandbox.RunAsync("collection", "add", "picture");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Grant_accepts_the_collection_id_or_its_alias()
    {
        var id = (await _sandbox.RunAsync("collection", "add", "picture")).Output.Trim();
        await _sandbox.RunAsync("user", "add", "ana", "--role", "analyst");

        var byId = await _sandbox.RunAsync("collection", "grant", id, "ana", "--read", "--write");
        var byAlias = await _sandbox.RunAsync("collection", "grant", "picture", "ana", "--read");

        Assert.Contains("ana on picture: read, write", byId.Output, StringComparison.Ordinal);
        Assert.Contains("ana on picture: read", byAlias.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grant_to_an_unknown_user_fails()
    {
        await _sandbox.RunAsync("collection", "add", "picture");

        var run = await _sandbox.RunAsync("collection", "grant", "picture", "ghost", "--read");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ghost", run.Error, StringComparison.Ordinal);
    }
}
