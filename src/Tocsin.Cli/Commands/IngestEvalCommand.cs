using System.CommandLine;
using System.Text;
using Tocsin.Cli.Parsing;
using Tocsin.Core.Ingest.Evaluation;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin ingest eval [--set dev|test] [--corpus DIR] [--misses] [--format text|json] [--data DIR]</c>: ingests
/// every report of one split of the evaluation corpus and prints precision, recall and F1 per field, then how well
/// confidences are calibrated (expected calibration error, Brier score, share right at 0.9 or more). The corpus is test data kept in the source
/// tree; without <c>--corpus</c> it is found by walking up from the working directory to
/// <see cref="IngestCorpus.SourceTreeRoot"/>.</summary>
internal static class IngestEvalCommand
{
    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var set = CliValues.OneOf("--set", "Which split to score: dev (tuned on) or test (frozen)", [.. IngestCorpus.Sets]);
        var corpus = new Option<string>("--corpus")
        {
            Description = $"The corpus root holding dev/ and test/ (default: {IngestCorpus.SourceTreeRoot} in the working directory or above)",
            HelpName = "DIR",
        };
        var misses = new Option<bool>("--misses") { Description = "Also list, report by report, each value missed or drafted wrongly" };
        var format = CliValues.OneOf("--format", "Output: a text table, or one JSON document", "text", "json");
        // Eval opens no store; --data is still accepted because every command that may touch a store takes it,
        // and a script that passes it everywhere must not fail here.
        var data = CliOptions.Data();
        data.Description = "Accepted like every other command's; eval reads no store";
        var command = new Command("eval", "Precision, recall, F1 per field and calibration over one split of the annotated corpus") { set, corpus, misses, format, data };
        command.SetAction(async (parse, _) =>
        {
            var cases = LoadCases(parse.GetValue(corpus), parse.GetValue(set)!);
            if (cases.Error is not null)
            {
                await console.Error.WriteLineAsync(cases.Error);
                return ExitCodes.Failure;
            }

            var result = IngestEvaluator.Evaluate(cases.Cases!, clock);
            if (parse.GetValue(format) == "json")
            {
                using var json = new MemoryStream();
                EvaluationJson.Write(result, parse.GetValue(set)!, json);
                await console.Out.WriteLineAsync(Encoding.UTF8.GetString(json.ToArray()));
            }
            else
            {
                await console.Out.WriteAsync(EvaluationTable.Write(result, parse.GetValue(misses)));
            }

            foreach (var failure in result.Failures)
            {
                await console.Error.WriteLineAsync(failure);
            }

            return result.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>The cases of <paramref name="set"/>, or one line saying why they cannot be read.</summary>
    private static (IReadOnlyList<CorpusCase>? Cases, string? Error) LoadCases(string? corpus, string set)
    {
        var root = corpus ?? IngestCorpus.FindRoot(Environment.CurrentDirectory);
        if (root is null)
        {
            return (null, $"tocsin ingest eval: no {IngestCorpus.SourceTreeRoot} in the working directory or above; pass --corpus DIR");
        }

        try
        {
            return (IngestCorpus.Load(Path.Combine(root, set)), null);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return (null, $"tocsin ingest eval: {e.Message}");
        }
    }
}
