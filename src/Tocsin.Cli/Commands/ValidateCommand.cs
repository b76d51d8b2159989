using System.CommandLine;
using System.Globalization;
using Tocsin.Core.Stix;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin validate FILE...</c>: checks STIX files without storing anything. Problems are
/// printed like a compiler's (<c>file: object id: $.path: severity: message [rule]</c>), then one
/// summary line; the exit code is 1 when any error was found. Files are read streaming, so memory
/// stays flat whatever their size.</summary>
public static class ValidateCommand
{
    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "STIX bundles or single objects (JSON)" };
        var command = new Command("validate", "Validate STIX 2.1 files") { files };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(files)!, console, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, CliConsole console, CancellationToken cancellationToken)
    {
        var tally = new ValidationTally();
        foreach (var file in files)
        {
            await ValidateFileAsync(file, console, tally, cancellationToken);
        }

        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"validate: {files.Length} file(s), {tally.Objects} object(s), {tally.Errors} error(s), {tally.Warnings} warning(s)"));
        return tally.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static async Task ValidateFileAsync(string file, CliConsole console, ValidationTally tally, CancellationToken cancellationToken)
    {
        var opened = InputFile.OpenRead(file);
        if (!opened.IsSuccess)
        {
            tally.Errors++;
            await console.Error.WriteLineAsync($"{opened.Error.Message}");
            return;
        }

        await using var stream = opened.Value;
        await foreach (var item in StixBundleReader.ReadAsync(stream, cancellationToken))
        {
            if (item.Object is null)
            {
                tally.Errors++;
                var where = item.Index < 0 ? string.Empty : $"objects[{item.Index.ToString(CultureInfo.InvariantCulture)}]: ";
                await console.Error.WriteLineAsync($"{file}: {where}{item.Error!.Message} [{item.Error.Code}]");
                continue;
            }

            tally.Objects++;
            foreach (var issue in StixValidator.Validate(item.Object))
            {
                if (issue.Severity == ValidationSeverity.Error)
                {
                    tally.Errors++;
                }
                else
                {
                    tally.Warnings++;
                }

                await console.Error.WriteLineAsync($"{file}: {issue}");
            }
        }
    }

    private sealed class ValidationTally
    {
        public long Objects { get; set; }

        public long Errors { get; set; }

        public long Warnings { get; set; }
    }
}
