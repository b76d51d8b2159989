using Microsoft.Data.Sqlite;

namespace Tocsin.Cli.Tests.Audit;

public sealed class AuditCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _sandbox.Dispose();
    }

    [Fact]
    public async Task Verify_reports_an_intact_chain_and_exit_0()
    {
        await WriteSomethingAsync();

        var run = await _sandbox.RunAsync("audit", "verify");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("audit: 3 entries, chain intact, 0 checkpoints match (signatures not checked)", run.Output.Trim());
    }

    [Fact]
    public async Task Verify_names_the_entry_edited_in_the_database_and_exits_1()
    {
        await WriteSomethingAsync();
        await ExecuteAsync("UPDATE audit_log SET subject = 'someone-else' WHERE sequence = 2");

        var run = await _sandbox.RunAsync("audit", "verify");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("audit: entry 2 does not match (hash mismatch)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deep_verify_catches_an_edited_object_the_chain_alone_does_not()
    {
        await WriteSomethingAsync();
        await ExecuteAsync("UPDATE objects SET json = CAST(replace(CAST(json AS TEXT), 'Example', 'Forged') AS BLOB)");

        var shallow = await _sandbox.RunAsync("audit", "verify");
        var deep = await _sandbox.RunAsync("audit", "verify", "--deep");

        Assert.Equal((0, 1), (shallow.ExitCode, deep.ExitCode));
        Assert.Contains("(object mismatch)", deep.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_lists_entries_with_the_cli_user_as_actor()
    {
        await WriteSomethingAsync();

        var run = await _sandbox.RunAsync("audit", "show", "--from", "2", "--limit", "1");

        var fields = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split('\t');
        Assert.Equal(("2", "cli:" + Environment.UserName, "collection.add"), (fields[0], fields[2], fields[3]));
    }

    private async Task WriteSomethingAsync()
    {
        Assert.Equal(0, (await _sandbox.RunAsync("collection", "add", "first")).ExitCode);
        Assert.Equal(0, (await _sandbox.RunAsync("collection", "add", "second")).ExitCode);
        var run = await _sandbox.RunAsync("import", _sandbox.WriteFile("b.json", StixSamples.Bundle(StixSamples.Identity())), "--collection", "first");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_sandbox.DataDirectory, "tocsin.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken) > 0);
    }
}
