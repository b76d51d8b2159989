using System.CommandLine;
using System.Globalization;
using Tocsin.Core;
using Tocsin.Server.Reads;
using Tocsin.Storage.Reads;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin reads list|export</c>: the read log of staff reads on the record, for the administrator who
/// runs the installation (docs/read-log.md). Each run is on the audit log, as the API's pages are.</summary>
public static class ReadsCommand
{
    /// <summary>The command group.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("reads", "List or export staff reads on the record (the read log)");
        command.Subcommands.Add(List(console, clock));
        command.Subcommands.Add(Export(console, clock));
        return command;
    }

    private static Command List(CliConsole console, TimeProvider clock)
    {
        var filters = new Filters();
        var limit = new Option<string?>("--limit") { Description = "Most rows to list, 1 to 1000 (default 100)", HelpName = "N" };
        var after = new Option<long?>("--after") { Description = "Continue after this sequence (printed when more rows remain)", HelpName = "SEQ" };
        var data = CliOptions.Data();
        var command = new Command("list", "List reads, oldest first: sequence, time (UTC), person, object id, version, path") { limit, after, data };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var query = filters.Parse(parse, parse.GetValue(limit));
            if (!query.IsSuccess)
            {
                return await FailAsync(console, query.Error);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var page = await store.Reads.QueryAsync(query.Value with { After = parse.GetValue(after) }, cancellationToken);
            if (!page.IsSuccess)
            {
                return await FailAsync(console, page.Error);
            }

            foreach (var row in page.Value.Items)
            {
                var shown = ReadLogEntryResponse.Of(row);
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Sequence}\t{shown.ReadAt}\t{shown.Principal}\t{shown.ObjectId}\t{shown.Version}\t{shown.Path}"));
            }

            if (page.Value.Next is { } next)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"more rows: continue with --after {next}"));
            }
            else if (page.Value.Items.Count == 0)
            {
                await console.Error.WriteLineAsync("no read matches these filters");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export(CliConsole console, TimeProvider clock)
    {
        var filters = new Filters();
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong([.. ReadLogExport.Formats]);
        var data = CliOptions.Data();
        var command = new Command("export", "Write every read the filters select to standard output as CSV or JSON") { format, data };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var query = filters.Parse(parse, null);
            if (!query.IsSuccess)
            {
                return await FailAsync(console, query.Error);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var chosen = parse.GetValue(format)!;
            await ReadLogExport.WriteAsync(console.Out, chosen, store.Reads.ExportAsync(query.Value, chosen, cancellationToken), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> FailAsync(CliConsole console, Error error)
    {
        await console.Error.WriteLineAsync(error.Message);
        return ExitCodes.Failure;
    }

    /// <summary>The filters both subcommands take, read by the same parser as the API's.</summary>
    private sealed class Filters
    {
        private readonly Option<string?> _principal = new("--principal") { Description = "Reads by this person (name)", HelpName = "NAME" };
        private readonly Option<string?> _object = new("--object") { Description = "Reads of this STIX id", HelpName = "ID" };
        private readonly Option<string?> _path = new("--path") { Description = $"Reads through this path: {string.Join(", ", ReadPaths.All)}" };
        private readonly Option<string?> _since = new("--since") { Description = "From (inclusive), RFC 3339, e.g. 2024-03-22T00:00:00Z", HelpName = "TIME" };
        private readonly Option<string?> _until = new("--until") { Description = "To (exclusive), RFC 3339", HelpName = "TIME" };

        public void AddTo(Command command)
        {
            command.Options.Add(_principal);
            command.Options.Add(_object);
            command.Options.Add(_path);
            command.Options.Add(_since);
            command.Options.Add(_until);
        }

        public Result<ReadLogQuery> Parse(ParseResult parse, string? limit) => ReadLogFilters.Parse(parse.GetValue(_principal), parse.GetValue(_object),
            parse.GetValue(_path), parse.GetValue(_since), parse.GetValue(_until), limit);
    }
}
