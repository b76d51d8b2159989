using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Tocsin.Cli.Parsing;
using Tocsin.Core.Stix;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin validate FILE... [--quiet] [--max-warnings N] [--format text|json|sarif]</c>: checks
/// STIX files without storing anything. In text, problems are printed like a compiler's
/// (<c>file: object id: $.path: severity: message [rule]</c>) on standard error, then one summary line
/// on standard output; <c>json</c> and <c>sarif</c> write one document on standard output instead and
/// the summary on standard error. The exit code is 1 when any error was found, or more warnings than
/// <c>--max-warnings</c>. Files are read streaming; in text, memory stays flat whatever their size.</summary>
public static class ValidateCommand
{
    /// <summary>The command, writing results to <paramref name="output"/> and problems to <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "STIX bundles or single objects (JSON)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Report errors only; warnings are still counted" };
        var maxWarnings = CliValues.OptionalCount("--max-warnings", "Fail (exit 1) when there are more than N warnings", 0, "N");
        var format = CliValues.OneOf("--format", "Output: compiler-style text, one JSON document, or a SARIF 2.1.0 log", "text", "json", "sarif");
        var command = new Command("validate", "Validate STIX 2.1 files") { files, quiet, maxWarnings, format };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Settings(parse.GetValue(files)!, parse.GetValue(quiet), parse.GetValue(maxWarnings), parse.GetValue(format)!), output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var tally = new ValidationTally { Files = settings.Files.Length };
        var collected = new List<ValidationFinding>();
        var text = settings.Format == "text";
        async Task ReportAsync(ValidationFinding finding, string line)
        {
            if (finding.IsError)
            {
                tally.Errors++;
            }
            else
            {
                tally.Warnings++;
            }

            if (settings.Quiet && !finding.IsError)
            {
                return;
            }

            if (text)
            {
                await error.WriteLineAsync(line);
            }
            else
            {
                collected.Add(finding);
            }
        }

        foreach (var file in settings.Files)
        {
            await ValidateFileAsync(file, tally, ReportAsync, cancellationToken);
        }

        if (!text)
        {
            await WriteDocumentAsync(output, settings.Format, tally, collected, cancellationToken);
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"validate: {tally.Files} file(s), {tally.Objects} object(s), {tally.Errors} error(s), {tally.Warnings} warning(s)");
        await (text ? output : error).WriteLineAsync(summary);
        if (settings.MaxWarnings is { } max && tally.Warnings > max)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"validate: {tally.Warnings} warning(s), more than --max-warnings {max}"));
            return ExitCodes.Failure;
        }

        return tally.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static async Task ValidateFileAsync(string file, ValidationTally tally, Func<ValidationFinding, string, Task> reportAsync, CancellationToken cancellationToken)
    {
        var opened = InputFile.OpenRead(file);
        if (!opened.IsSuccess)
        {
            await reportAsync(new ValidationFinding(file, null, null, "$", ValidationSeverity.Error, opened.Error.Code, opened.Error.Message), opened.Error.Message);
            return;
        }

        await using var stream = opened.Value;
        // Read on this thread: validation has nothing to do while it waits for the disk (StixBundleReader.Read).
        foreach (var item in StixBundleReader.Read(stream, cancellationToken))
        {
            if (item.Object is null)
            {
                var where = item.Index < 0 ? string.Empty : $"objects[{item.Index.ToString(CultureInfo.InvariantCulture)}]: ";
                var finding = new ValidationFinding(file, item.Index < 0 ? null : item.Index, null, "$", ValidationSeverity.Error, item.Error!.Code, item.Error.Message);
                await reportAsync(finding, $"{file}: {where}{item.Error.Message} [{item.Error.Code}]");
                continue;
            }

            tally.Objects++;
            foreach (var issue in StixValidator.Validate(item.Object))
            {
                var finding = new ValidationFinding(file, item.Index, issue.ObjectId, issue.Path, issue.Severity, issue.Rule, issue.Message);
                await reportAsync(finding, $"{file}: {issue}");
            }
        }
    }

    private static async Task WriteDocumentAsync(TextWriter output, string format, ValidationTally tally, List<ValidationFinding> findings, CancellationToken cancellationToken)
    {
        await using var stream = new TextWriterStream(output);
        await using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            if (format == "sarif")
            {
                ValidationSarifReport.Write(json, findings);
            }
            else
            {
                ValidationJsonReport.Write(json, tally, findings);
            }

            await json.FlushAsync(cancellationToken);
        }

        await output.WriteLineAsync();
    }

    private sealed record Settings(string[] Files, bool Quiet, int? MaxWarnings, string Format);
}
