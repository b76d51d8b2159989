using System.CommandLine;
using System.Globalization;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin measures check FILE [--scheme ID]</c>: checks a measures catalogue file (docs/measures.md) without
/// the server. Every problem is printed like a compiler's (<c>file: $.path: message [rule]</c>) on standard error and
/// the exit code is 1; a good file gets a summary on standard output: its domains with their measures, public and
/// restricted. <c>tocsin measures list</c>: the measures of a shipped catalogue (<see cref="MeasuresListCommand"/>).</summary>
public static class MeasuresCommand
{
    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("measures", "Check and list protective measures catalogues") { Check(console), MeasuresListCommand.Create(console) };
        return command;
    }

    private static Command Check(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "Measures catalogue (JSON, docs/measures.md)" };
        var scheme = new Option<string>("--scheme") { Description = "Scheme the file must be for (default: the one it names)", HelpName = "ID" };
        var command = new Command("check", "Check a measures catalogue file and summarise it") { file, scheme };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var schemeId = parse.GetValue(scheme);
            if (schemeId is not null && PlanCatalogue.Default.FindScheme(schemeId) is null)
            {
                await console.Error.WriteLineAsync($"measures check: there is no scheme '{schemeId}' ({string.Join(", ", PlanCatalogue.Default.Schemes.Select(s => s.Id))})");
                return ExitCodes.Usage;
            }

            var json = await File.ReadAllTextAsync(path, cancellationToken);
            var (catalogue, issues) = schemeId is null
                ? PlanCatalogue.Default.ReadMeasures(json)
                : MeasureCatalogueReader.Read(json, PlanCatalogue.Default.FindScheme(schemeId)!);
            foreach (var issue in issues)
            {
                await console.Error.WriteLineAsync($"{path}: {issue}");
            }

            if (catalogue is null)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"measures check: {path}: {issues.Count} problem(s)"));
                return ExitCodes.Failure;
            }

            await console.Out.WriteAsync(Summary(path, catalogue, PlanCatalogue.Default.FindScheme(catalogue.SchemeId)!));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Summary(string path, MeasureCatalogue catalogue, AlertScheme scheme)
    {
        var text = new System.Text.StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"{path}: scheme {catalogue.SchemeId}, {catalogue.Domains.Count} domain(s), {Counts(catalogue.Measures)}");
        foreach (var domain in catalogue.Domains)
        {
            var measures = catalogue.Measures.Where(m => m.Domain == domain.Id).ToList();
            text.AppendLine(invariant, $"  {domain.Code,-6} {domain.Id,-24} {Counts(measures)}  {MeasuresListCommand.TextIn(domain.Titles, scheme)}");
        }

        return text.ToString();
    }

    private static string Counts(IReadOnlyCollection<Measure> measures) =>
        string.Create(CultureInfo.InvariantCulture, $"{measures.Count} measure(s): {measures.Count(m => m.IsPublic)} public, {measures.Count(m => !m.IsPublic)} restricted");
}
