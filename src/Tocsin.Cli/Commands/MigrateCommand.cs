using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Tocsin.Core;
using Tocsin.Storage;
using Tocsin.Storage.Migration;
using Tocsin.Storage.Postgres;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin migrate --from sqlite:PATH --to postgres:CONN</c>: moves a whole installation from its SQLite
/// file into a new, empty PostgreSQL database in one transaction, then checks row counts and the audit chain
/// (docs/storage.md, "Moving to PostgreSQL"). Exit 1 when refused or when a check fails.</summary>
public static class MigrateCommand
{
    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var from = new Option<string>("--from") { Description = "sqlite:PATH of the store's file (or of its data directory)", Required = true, HelpName = "sqlite:PATH" };
        var to = new Option<string>("--to")
        {
            Description = "postgres:Host=…;Database=…;Username=… or postgres://user:pass@host:port/db of a new, empty database",
            Required = true,
            HelpName = "CONN",
        };
        var command = new Command("migrate", "Move the whole store from SQLite into a new PostgreSQL database") { from, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetValue(from)!;
            if (!source.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
            {
                await console.Error.WriteLineAsync("migrate: --from must be sqlite:PATH");
                return ExitCodes.Usage;
            }

            if (!PostgresConnectionString.TryParse(parse.GetValue(to)!, out var target) || target is null)
            {
                await console.Error.WriteLineAsync("migrate: --to must be postgres:KEY=VALUE;… or postgres://user:pass@host:port/db (postgresql:// too)");
                return ExitCodes.Usage;
            }

            var path = source["sqlite:".Length..];
            path = Directory.Exists(path) ? Path.Combine(path, StoreOpener.DatabaseFileName) : path;
            Result<MigrationReport> copied;
            try
            {
                copied = await MigrationProgressDisplay.RunAsync(console,
                    progress => SqliteToPostgresCopy.RunAsync(path, target, clock, progress, cancellationToken));
            }
            catch (DbException ex)
            {
                // The server went away or refused a row half-way: the one transaction rolled back, the target is as it was.
                await console.Error.WriteLineAsync($"migrate: the copy failed and was rolled back: {ex.Message}");
                return ExitCodes.Failure;
            }

            if (!copied.IsSuccess)
            {
                await console.Error.WriteLineAsync($"migrate: {copied.Error.Message}");
                return ExitCodes.Failure;
            }

            var summary = await SummariseAsync(copied.Value, console);
            if (summary == ExitCodes.Success)
            {
                await IndexForSearchAsync(target, clock, console, cancellationToken);
            }

            return summary;
        });
        return command;
    }

    /// <summary>Indexes for search every version the copy queued.</summary>
    private static async Task IndexForSearchAsync(string target, TimeProvider clock, CliConsole console, CancellationToken cancellationToken)
    {
        await using var store = await PostgresTocsinStore.OpenAsync(target, clock, cancellationToken);
        var indexed = await SearchIndexing.IndexQueuedAsync(store, null, cancellationToken);
        await console.Out.WriteLineAsync(Invariant($"migrate: {indexed} versions indexed for search"));
    }

    private static async Task<int> SummariseAsync(MigrationReport report, CliConsole console)
    {
        foreach (var table in report.Tables.Where(t => !t.Matches))
        {
            await console.Error.WriteLineAsync(Invariant($"migrate: table {table.Table} has {table.Source} rows in the source but {table.Target} in the target"));
        }

        var chain = report.Target;
        if (!report.ChainMatches)
        {
            await console.Error.WriteLineAsync(chain.Mismatch is { } mismatch
                ? $"migrate: the target's audit chain does not verify: {mismatch.Message}"
                : Invariant($"migrate: the target's audit chain ends at entry {chain.HeadSequence}, the source's at entry {report.SourceHeadSequence} (or their hashes differ)"));
        }

        var rows = report.Tables.Sum(t => t.Target);
        await console.Out.WriteLineAsync(Invariant(
            $"migrate: {report.Tables.Count} tables, {rows} rows copied; row counts {(report.CountsMatch ? "match" : "DIFFER")}"));
        await console.Out.WriteLineAsync(Invariant(
            $"migrate: audit chain on the target: {chain.Count} entries, {(report.ChainMatches ? "intact, same head as the source" : "NOT the source's")} ({Convert.ToHexStringLower(chain.HeadHash.Span)})"));
        return report.Passed ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
