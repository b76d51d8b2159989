using System.Text.Json;
using Tocsin.Storage.Reads;
using Tocsin.Storage.Sharing;

namespace Tocsin.Cli.Tests;

public sealed class ReadsCommandTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2024, 3, 22, 10, 0, 0, TimeSpan.Zero);
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private Task<CliRun> RunAsync(params string[] args) => _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]);

    [Fact]
    public async Task List_prints_the_filtered_rows_and_how_to_continue()
    {
        await SeedAsync();

        var first = await RunAsync("reads", "list", "--principal", "ana", "--limit", "1");
        var rest = await RunAsync("reads", "list", "--principal", "ana", "--limit", "1", "--after", first.Output.Split('\t')[0]);

        Assert.Equal((true, true, "export\n"),
            (first.Output.Contains("2024-03-22T10:00:00.000000Z\tana\treport--1\tv1\tweb", StringComparison.Ordinal),
             first.Error.Contains("continue with --after", StringComparison.Ordinal),
             rest.Output[(rest.Output.LastIndexOf('\t') + 1)..].ReplaceLineEndings("\n")));
    }

    [Theory]
    [InlineData("--path", "TAXII")]
    [InlineData("--since", "yesterday")]
    [InlineData("--limit", "0")]
    public async Task A_bad_filter_fails_with_one_line(string option, string value)
    {
        var run = await RunAsync("reads", "list", option, value);

        Assert.Equal((1, true), (run.ExitCode, run.Error.Contains("read-log filter is invalid", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Export_writes_csv_or_json_of_every_selected_row()
    {
        await SeedAsync();

        var csv = await RunAsync("reads", "export", "--principal", "ana");
        var json = await RunAsync("reads", "export", "--format", "json", "--path", "export");

        var rows = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("objectId").GetString()).ToList();
        Assert.Equal((3, "report--2"), (csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length, string.Join(' ', rows)));
    }

    private async Task SeedAsync()
    {
        await using var store = await CliStore.OpenAsync(_sandbox.DataDirectory, TimeProvider.System, TestContext.Current.CancellationToken);
        var ana = new ReadLogReader(Guid.NewGuid(), "ana");
        await store.Reads.RecordAsync(ana, ReadPaths.Web, [new SharedVersion("report--1", "v1")], At, TestContext.Current.CancellationToken);
        await store.Reads.RecordAsync(ana, ReadPaths.Export, [new SharedVersion("report--2", "v1")], At.AddHours(1), TestContext.Current.CancellationToken);
        await store.Reads.RecordAsync(new ReadLogReader(Guid.NewGuid(), "bob"), ReadPaths.Web, [new SharedVersion("report--3", "v1")], At, TestContext.Current.CancellationToken);
    }
}
