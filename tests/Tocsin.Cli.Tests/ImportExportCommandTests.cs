using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tocsin.Storage;

namespace Tocsin.Cli.Tests;

public sealed class ImportExportCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Import_reports_added_objects_and_exit_0()
    {
        var file = _sandbox.WriteFile("b.json", StixSamples.Bundle(StixSamples.Identity()));

        var run = await _sandbox.RunAsync("import", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 added, 0 identical duplicate(s), 0 conflict(s), 0 rejected", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_indexes_what_it_stored_for_search_before_it_ends()
    {
        var file = _sandbox.WriteFile("b.json", StixSamples.Bundle(StixSamples.Identity(name: "Indexedbyimport organisation")));

        var run = await _sandbox.RunAsync("import", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_sandbox.DataDirectory, StoreOpener.DatabaseFileName)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var counts = new SqliteCommand(
            "SELECT (SELECT COUNT(*) FROM search_pending), (SELECT COUNT(*) FROM search_index WHERE search_index MATCH 'indexedbyimport')", connection);
        await using var reader = await counts.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal((0L, 1L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_gives_identical_duplicates()
    {
        var file = _sandbox.WriteFile("b.json", StixSamples.Bundle(StixSamples.Identity()));
        await _sandbox.RunAsync("import", file);

        var run = await _sandbox.RunAsync("import", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("0 added, 1 identical duplicate(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Different_content_under_an_existing_version_is_a_conflict_and_exit_1()
    {
        await _sandbox.RunAsync("import", _sandbox.WriteFile("a.json", StixSamples.Identity(name: "First")));

        var run = await _sandbox.RunAsync("import", _sandbox.WriteFile("b.json", StixSamples.Identity(name: "Second")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("conflict", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_objects_are_rejected_while_valid_ones_are_stored()
    {
        var file = _sandbox.WriteFile("mixed.json", StixSamples.Bundle(StixSamples.Identity(), StixSamples.BadIdObject));

        var run = await _sandbox.RunAsync("import", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 added, 0 identical duplicate(s), 0 conflict(s), 1 rejected", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_into_an_unknown_collection_fails_and_stores_nothing()
    {
        var file = _sandbox.WriteFile("b.json", StixSamples.Bundle(StixSamples.Identity()));

        var run = await _sandbox.RunAsync("import", file, "--collection", "no-such");
        var list = await _sandbox.RunAsync("collection", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, list.Output);
    }

    [Fact]
    public async Task Export_writes_every_version_unless_latest_is_asked()
    {
        await _sandbox.RunAsync("import", _sandbox.WriteFile("v1.json", StixSamples.Identity("2024-03-24T10:00:00.000Z")));
        await _sandbox.RunAsync("import", _sandbox.WriteFile("v2.json", StixSamples.Identity("2024-03-25T10:00:00.000Z")));

        var all = await _sandbox.RunAsync("export");
        var latest = await _sandbox.RunAsync("export", "--latest");

        Assert.Equal(2, JsonDocument.Parse(all.Output).RootElement.GetProperty("objects").GetArrayLength());
        Assert.Equal("2024-03-25T10:00:00.000Z", JsonDocument.Parse(latest.Output).RootElement.GetProperty("objects")[0].GetProperty("modified").GetString());
    }

    [Fact]
    public async Task Export_to_a_file_keeps_each_object_byte_for_byte()
    {
        var identity = StixSamples.Identity().Trim();
        await _sandbox.RunAsync("import", _sandbox.WriteFile("b.json", StixSamples.Bundle(identity)));
        var output = _sandbox.PathOf("out.json");

        var run = await _sandbox.RunAsync("export", "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(identity, await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public async Task Export_with_a_bad_added_after_is_a_usage_error()
    {
        var run = await _sandbox.RunAsync("export", "--added-after", "last tuesday");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task A_signed_export_verifies_with_the_signature_command()
    {
        await _sandbox.RunAsync("import", _sandbox.WriteFile("b.json", StixSamples.Bundle(StixSamples.Identity())));
        var output = _sandbox.PathOf("signed.json");
        await _sandbox.RunAsync("export", "--output", output, "--sign");

        var verify = await _sandbox.RunAsync("signature", "verify", output, "--data", _sandbox.DataDirectory);

        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public async Task A_tampered_signed_export_fails_verification()
    {
        await _sandbox.RunAsync("import", _sandbox.WriteFile("b.json", StixSamples.Bundle(StixSamples.Identity())));
        var output = _sandbox.PathOf("signed.json");
        await _sandbox.RunAsync("export", "--output", output, "--sign");
        await File.AppendAllTextAsync(output, " ", TestContext.Current.CancellationToken);

        var verify = await _sandbox.RunAsync("signature", "verify", output, "--data", _sandbox.DataDirectory);

        Assert.Equal(1, verify.ExitCode);
    }

    [Fact]
    public async Task Signing_an_export_to_standard_output_is_a_usage_error()
    {
        var run = await _sandbox.RunAsync("export", "--sign");

        Assert.Equal(2, run.ExitCode);
    }
}
