using System.CommandLine;
using System.Globalization;
using Tocsin.Core;
using Tocsin.Core.Ingest;
using Tocsin.Core.Principals;
using Tocsin.Server;
using Tocsin.Server.Ingest;
using Tocsin.Storage;
using Tocsin.Storage.Drafts;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin ingest FILE [--source NAME] [--published DATE] [--language CODE] [--encoding NAME]
/// [--as USER] [--output FILE] [--data DIR]</c>: drafts a report into the <c>drafts</c> collection (never the
/// picture) and prints each item and the draft id, for review on the ingest page or through the API.
/// <c>tocsin ingest eval</c> (<see cref="IngestEvalCommand"/>) scores ingest over the annotated corpus. Bad input (empty,
/// binary, too large, undecodable, another language) is one line and exit 1, with nothing stored.</summary>
public static class IngestCommand
{
    /// <summary>Characters of an item's words shown in the summary.</summary>
    private const int ExcerptLength = 60;

    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var file = new Argument<string>("FILE") { Description = "The report: a text file (UTF-8 unless --encoding says otherwise)" };
        var source = new Option<string>("--source") { Description = "Who published it (default: the file name)", HelpName = "NAME" };
        var published = new Option<string>("--published") { Description = "When it was published: a date or an RFC 3339 time (default: now)", HelpName = "DATE" };
        var language = new Option<string>("--language") { Description = "en or fr (default: detected)", HelpName = "CODE" };
        var encoding = new Option<string>("--encoding") { Description = "utf-8, utf-16, iso-8859-1 or windows-1252 (a byte-order mark wins)", HelpName = "NAME" };
        var user = new Option<string>("--as") { Description = "The analyst recording the draft (a principal with the analyst or admin role)", HelpName = "USER" };
        var output = new Option<string>("--output") { Description = "Also write the draft STIX bundle to this file", HelpName = "FILE" };
        var data = CliOptions.Data();
        var command = new Command("ingest", "Draft a STIX bundle from a report's text for an analyst to review")
        {
            file, source, published, language, encoding, user, output, data,
        };
        command.Subcommands.Add(IngestEvalCommand.Create(console, clock));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var input = await ReadInputAsync(path, parse.GetValue(source), parse.GetValue(published), parse.GetValue(language), parse.GetValue(encoding), cancellationToken);
            if (!input.IsSuccess)
            {
                await console.Error.WriteLineAsync($"{path}: {input.Error.Message}");
                return ExitCodes.Failure;
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var principal = await PrincipalAsync(store, parse.GetValue(user), cancellationToken);
            if (!principal.IsSuccess)
            {
                await console.Error.WriteLineAsync(principal.Error.Message);
                return ExitCodes.Failure;
            }

            var created = await new DraftService(store, clock, new ServerSettings()).CreateAsync(input.Value, principal.Value, mayRead: null, cancellationToken);
            if (!created.IsSuccess)
            {
                await console.Error.WriteLineAsync($"{path}: {created.Error.Message}");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(output) is { } bundlePath)
            {
                await File.WriteAllBytesAsync(bundlePath, created.Value.Bundle.ToArray(), cancellationToken);
            }

            await PrintAsync(console, created.Value);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The report, checked before anything is opened or read in full: a file over the limit is refused
    /// from its length alone.</summary>
    private static async Task<Result<ReportInput>> ReadInputAsync(string path, string? source, string? published, string? language, string? encoding,
        CancellationToken cancellationToken)
    {
        var opened = InputFile.OpenRead(path);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        byte[] bytes;
        await using (var stream = opened.Value)
        {
            if (stream.Length > IngestLimits.MaxBytes)
            {
                return IngestErrors.TooLarge(stream.Length, IngestLimits.MaxBytes);
            }

            bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        var text = IngestInput.Decode(bytes, encoding);
        if (!text.IsSuccess)
        {
            return text.Error;
        }

        DateTimeOffset? when = null;
        if (published is not null)
        {
            if (!DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return IngestErrors.Invalid($"--published must be a date or an RFC 3339 time, not '{published}'.");
            }

            when = parsed;
        }

        return new ReportInput(text.Value, string.IsNullOrWhiteSpace(source) ? Path.GetFileName(path) : source.Trim(), when,
            string.IsNullOrWhiteSpace(language) ? null : language.Trim());
    }

    /// <summary>The principal named by <c>--as</c> (analyst or admin), or <see cref="Guid.Empty"/> for the
    /// command line's operator when none is named.</summary>
    private static async Task<Result<Guid>> PrincipalAsync(ITocsinStore store, string? name, CancellationToken cancellationToken)
    {
        if (name is null)
        {
            return Guid.Empty;
        }

        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        if (principal is null)
        {
            return new Error("principal-not-found", $"no user '{name}' (see: tocsin user list)");
        }

        return principal.Roles.Contains(Role.Analyst) || principal.Roles.Contains(Role.Admin)
            ? principal.Id
            : new Error("forbidden", $"'{name}' is not an analyst or an admin; only they record drafts");
    }

    private static async Task PrintAsync(CliConsole console, Draft draft)
    {
        foreach (var item in draft.Items)
        {
            var words = string.Join(" … ", item.Spans.Select(s => s.Of(draft.Text).ReplaceLineEndings(" ")));
            var excerpt = words.Length > ExcerptLength ? words[..(ExcerptLength - 1)] + "…" : words;
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{DraftItemView.FieldName(item.Field),-13}{item.Label} ({item.Confidence}%) \"{excerpt}\""));
        }

        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"draft {draft.Id:D}: {draft.Items.Count} item(s) in the drafts collection; review at /analyst/ingest?draft={draft.Id:D}"));
    }
}
