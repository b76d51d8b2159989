using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tocsin.Core.Ingest;
using Tocsin.Core.Ingest.Evaluation;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Cli.Tests.Ingest;

public sealed class IngestCommandTests : IDisposable
{
    private const string German = "Der Anschlag auf die Konzerthalle bei Moskau wurde von der Terrormiliz verübt, sagten die Ermittler am Freitag. " +
        "Die Behörden haben die Sicherheitsmaßnahmen in der ganzen Stadt verschärft und die Bevölkerung zur Wachsamkeit aufgerufen.";

    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Ingesting_a_report_prints_its_items_and_the_draft_id()
    {
        var file = _sandbox.WriteFile("crocus.txt", TestCorpus.Crocus.Input.Text);

        var run = await IngestAsync(file, "--source", "AFP", "--published", "2024-03-22T21:00:00Z");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(Regex.IsMatch(run.Output, @"(?m)^actor\s+Islamic State \(\d+%\) ""Islamic State"), run.ToString());
        Assert.True(Regex.IsMatch(run.Output, @"(?m)^draft [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}: "), run.ToString());
    }

    [Fact]
    public async Task The_draft_is_stored_in_the_drafts_collection_and_not_in_the_picture()
    {
        var file = _sandbox.WriteFile("crocus.txt", TestCorpus.Crocus.Input.Text);

        await IngestAsync(file, "--source", "AFP");

        await using var store = await CliStore.OpenAsync(_sandbox.DataDirectory, TimeProvider.System, TestContext.Current.CancellationToken);
        var drafts = await store.FindCollectionAsync("drafts", TestContext.Current.CancellationToken);
        Assert.Equal((1L, true, null), (await store.Drafts.CountAsync(TestContext.Current.CancellationToken),
            await store.CountObjectsAsync(drafts!.Id, TestContext.Current.CancellationToken) > 0,
            await store.FindCollectionAsync("picture", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Output_writes_the_draft_bundle()
    {
        var file = _sandbox.WriteFile("crocus.txt", TestCorpus.Crocus.Input.Text);
        var bundle = _sandbox.PathOf("draft.json");

        await IngestAsync(file, "--source", "AFP", "--output", bundle);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(bundle, TestContext.Current.CancellationToken));
        Assert.Equal("bundle", json.RootElement.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public async Task Eval_prints_precision_recall_and_f1_per_field_for_either_split(string set)
    {
        var run = await _sandbox.RunAsync("ingest", "eval", "--set", set, "--corpus", TestCorpus.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"{TestCorpus.Set(set).Count} reports", run.Output, StringComparison.Ordinal);
        Assert.All(IngestEvaluator.Fields, field => Assert.Matches($@"(?m)^\|?\s*{field}\b.*\d\.\d{{3}}", run.Output));
    }

    [Fact]
    public async Task Eval_prints_calibration_and_with_misses_what_each_report_missed()
    {
        var run = await _sandbox.RunAsync("ingest", "eval", "--misses", "--corpus", TestCorpus.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"(?m)^ECE\s+\d\.\d{3}", run.Output);
        Assert.Matches(@"(?m)^Brier\s+\d\.\d{3}", run.Output);
        Assert.Matches(@"(?m)^>= 0\.9 right: \d+\.\d % of \d+$", run.Output);
        Assert.Matches(@"(?m)^  \S+\s+(missed|wrong) ", run.Output);
    }

    [Fact]
    public async Task Eval_as_json_holds_every_field_and_the_calibration()
    {
        var run = await _sandbox.RunAsync("ingest", "eval", "--format", "json", "--corpus", TestCorpus.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(("dev", TestCorpus.Dev.Count), (root.GetProperty("set").GetString(), root.GetProperty("reports").GetInt32()));
        Assert.Equal(IngestEvaluator.Fields, root.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()));
        Assert.Equal(10, root.GetProperty("calibration").GetProperty("bins").GetArrayLength());
        Assert.InRange(root.GetProperty("calibration").GetProperty("ece").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task Eval_accepts_data_like_every_other_command()
    {
        var run = await _sandbox.RunAsync("ingest", "eval", "--corpus", TestCorpus.Root, "--data", _sandbox.DataDirectory);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Eval_of_an_unknown_set_is_one_line_and_a_usage_error()
    {
        var run = await _sandbox.RunAsync("ingest", "eval", "--set", "train", "--corpus", TestCorpus.Root);

        Assert.Equal((2, 1, string.Empty), (run.ExitCode, run.Error.TrimEnd().Split('\n').Length, run.Output));
        Assert.Contains("--set: 'train' is not valid; expected one of dev, test", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_of_a_folder_without_the_split_is_one_line_and_exit_1()
    {
        var run = await _sandbox.RunAsync("ingest", "eval", "--corpus", _sandbox.Root);

        Assert.Equal((1, 1, string.Empty), (run.ExitCode, run.Error.TrimEnd().Split('\n').Length, run.Output));
        Assert.Contains("No corpus folder", run.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string> BadInputs => ["empty", "binary", "too-large", "unknown-encoding", "invalid-utf8", "german", "missing"];

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_one_line_exit_1_and_nothing_stored(string input)
    {
        var (file, extra) = BadFile(input);

        var run = await IngestAsync([file, .. extra]);

        Assert.Equal((1, 1, 0L), (run.ExitCode, run.Error.TrimEnd().Split('\n').Length, await DraftCountAsync()));
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_as_too_large()
    {
        var (file, _) = BadFile("too-large");

        var run = await IngestAsync(file);

        Assert.Contains("too large", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_who_is_not_an_analyst_cannot_record_a_draft()
    {
        await _sandbox.RunAsync(["user", "add", "wanda", "--role", "watch-officer", "--password-stdin"], "secret-password\n");
        var file = _sandbox.WriteFile("crocus.txt", TestCorpus.Crocus.Input.Text);

        var run = await IngestAsync(file, "--as", "wanda");

        Assert.Equal((1, 0L), (run.ExitCode, await DraftCountAsync()));
    }

    private Task<CliRun> IngestAsync(params string[] args) => _sandbox.RunAsync(["ingest", .. args, "--data", _sandbox.DataDirectory]);

    private (string File, string[] Extra) BadFile(string input)
    {
        switch (input)
        {
            case "empty":
                return (_sandbox.WriteFile("empty.txt", "  \n\n "), []);
            case "binary":
                var binary = _sandbox.PathOf("photo.jpg");
                File.WriteAllBytes(binary, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);
                return (binary, []);
            case "too-large":
                var large = _sandbox.PathOf("large.txt");
                using (var stream = File.Create(large))
                {
                    stream.SetLength(50L * 1024 * 1024); // sparse: nothing is written, the command must not read it
                }

                return (large, []);
            case "unknown-encoding":
                return (_sandbox.WriteFile("crocus.txt", TestCorpus.Crocus.Input.Text), ["--encoding", "klingon"]);
            case "invalid-utf8":
                var latin = _sandbox.PathOf("latin.txt");
                File.WriteAllBytes(latin, Encoding.Latin1.GetBytes("Le niveau « urgence attentat » a été relevé à Paris après l'attaque."));
                return (latin, []);
            case "german":
                return (_sandbox.WriteFile("de.txt", German), []);
            case "missing":
                return (_sandbox.PathOf("nowhere.txt"), []);
            default:
                throw new ArgumentOutOfRangeException(nameof(input), input, null);
        }
    }

    private async Task<long> DraftCountAsync()
    {
        if (!Directory.Exists(_sandbox.DataDirectory))
        {
            return 0;
        }

        await using var store = await CliStore.OpenAsync(_sandbox.DataDirectory, TimeProvider.System, TestContext.Current.CancellationToken);
        return await store.Drafts.CountAsync(TestContext.Current.CancellationToken);
    }
}
