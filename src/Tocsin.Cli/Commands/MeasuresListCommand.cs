using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tocsin.Cli.Parsing;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin measures list --scheme ID [--level L] [--domain D] [--format text|json]</c>: the measures of the
/// shipped catalogue of a scheme, public and restricted, in catalogue order; with <c>--level</c> only those active by
/// default at that level, with <c>--domain</c> (id or code) only that domain's. <c>json</c> writes the measures in the
/// shape of a catalogue file.</summary>
public static class MeasuresListCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Read by people as much as by programs: accents stay as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The <c>list</c> subcommand, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var scheme = new Option<string>("--scheme") { Description = "Scheme id", DefaultValueFactory = _ => "vigipirate", HelpName = "ID" };
        var level = new Option<string>("--level") { Description = "Only the measures active by default at this level", HelpName = "L" };
        var domain = new Option<string>("--domain") { Description = "Only this domain's measures (id or code)", HelpName = "D" };
        var format = CliValues.OneOf("--format", "Output: one line per measure, or JSON", "text", "json");
        var command = new Command("list", "List the measures of a scheme's catalogue") { scheme, level, domain, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (PlanCatalogue.Default.FindScheme(parse.GetValue(scheme)!) is not { } found)
            {
                await console.Error.WriteLineAsync($"measures list: there is no scheme '{parse.GetValue(scheme)}' ({string.Join(", ", PlanCatalogue.Default.Schemes.Select(s => s.Id))})");
                return ExitCodes.Failure;
            }

            var catalogue = PlanCatalogue.Default.MeasuresOf(found.Id);
            var selected = Select(catalogue, parse.GetValue(level), parse.GetValue(domain));
            if (selected.Error is { } error)
            {
                await console.Error.WriteLineAsync($"measures list: {error}");
                return ExitCodes.Failure;
            }

            await console.Out.WriteAsync(parse.GetValue(format) == "json" ? AsJson(selected.Measures!) : AsText(selected.Measures!, found));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The text of <paramref name="texts"/> in English when there is one, else in the scheme's own language.</summary>
    internal static string TextIn(IReadOnlyDictionary<string, string> texts, AlertScheme scheme) =>
        texts.GetValueOrDefault("en") ?? texts.GetValueOrDefault(scheme.Languages[0]) ?? texts.Values.FirstOrDefault() ?? string.Empty;

    private static (IReadOnlyList<Measure>? Measures, string? Error) Select(MeasureCatalogue catalogue, string? level, string? domain)
    {
        IReadOnlyList<Measure> measures = catalogue.Measures;
        if (level is not null)
        {
            var active = catalogue.ActiveAt(level);
            if (!active.IsSuccess)
            {
                return (null, active.Error.Message);
            }

            measures = active.Value;
        }

        if (domain is not null)
        {
            if (catalogue.Domains.FirstOrDefault(d => d.Id == domain || d.Code == domain) is not { } found)
            {
                return (null, $"the catalogue of '{catalogue.SchemeId}' has no domain '{domain}' ({string.Join(", ", catalogue.Domains.Select(d => d.Id))})");
            }

            measures = [.. measures.Where(m => m.Domain == found.Id)];
        }

        return (measures, null);
    }

    private static string AsText(IReadOnlyList<Measure> measures, AlertScheme scheme) =>
        string.Concat(measures.Select(m => $"{m.Id,-8} {m.FromLevelKey,-36} {(m.IsPublic ? "public" : "restricted"),-10} {TextIn(m.Titles, scheme)}{Environment.NewLine}"));

    private static string AsJson(IReadOnlyList<Measure> measures) =>
        JsonSerializer.Serialize(measures.Select(m => new
        {
            m.Id,
            m.Domain,
            m.Titles,
            m.Objective,
            m.Implementation,
            Public = m.IsPublic,
            FromLevel = m.FromLevelKey,
            m.Sectors,
            m.RecipientGroups,
        }), Json) + Environment.NewLine;
}
