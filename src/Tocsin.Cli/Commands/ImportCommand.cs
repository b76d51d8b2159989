using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tocsin.Core.Stix;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin import FILE... [--collection ID|ALIAS]</c>: validates and stores STIX files with a
/// per-object outcome (added, identical duplicate, conflict, rejected). Files are read streaming and
/// written in batches, each batch one transaction, so no object is ever half-written. Exit code 1 when
/// anything was refused.</summary>
public static class ImportCommand
{
    /// <summary>Objects per transaction: large enough to amortise the commit, small enough for flat memory.</summary>
    public const int BatchSize = 1000;

    /// <summary>Batches being written at once: two keeps one validating while the other holds the write lock.</summary>
    private const int WritesInFlight = 2;

    /// <summary>The collection used when none is named; created on first use.</summary>
    public const string DefaultCollectionAlias = "picture";

    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "STIX bundles or single objects (JSON)" };
        var collection = new Option<string>("--collection") { Description = "Target collection id or alias", HelpName = "ID|ALIAS" };
        var data = CliOptions.Data();
        var command = new Command("import", "Import STIX 2.1 files into the store") { files, collection, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var target = await ResolveCollectionAsync(store, parse.GetValue(collection), console, cancellationToken);
            if (target is null)
            {
                return ExitCodes.Failure;
            }

            return await ImportFilesAsync(store, target, parse.GetValue(files)!, console, cancellationToken);
        });
        return command;
    }

    /// <summary>The named collection, or the default one (created when missing); null after printing
    /// an error when a named collection does not exist.</summary>
    internal static async Task<Collection?> ResolveCollectionAsync(ITocsinStore store, string? idOrAlias, CliConsole console, CancellationToken cancellationToken)
    {
        if (idOrAlias is not null)
        {
            var found = await store.FindCollectionAsync(idOrAlias, cancellationToken);
            if (found is null)
            {
                await console.Error.WriteLineAsync($"no collection with id or alias '{idOrAlias}' (see: tocsin collection list)");
            }

            return found;
        }

        var existing = await store.FindCollectionAsync(DefaultCollectionAlias, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var created = await store.AddCollectionAsync(DefaultCollectionAlias, "Intelligence picture", null, cancellationToken);
        return created.Value;
    }

    private static async Task<int> ImportFilesAsync(ITocsinStore store, Collection target, string[] files, CliConsole console, CancellationToken cancellationToken)
    {
        var tally = new ImportTally();
        await console.Progress.Progress().AutoClear(true).StartAsync(async context =>
        {
            foreach (var file in files)
            {
                var task = context.AddTask(Path.GetFileName(file), maxValue: 1);
                await ImportFileAsync(store, target, file, console, tally, task, cancellationToken);
                task.Value = task.MaxValue;
            }

            var indexing = context.AddTask("search index", maxValue: Math.Max(1, await store.Search.QueuedAsync(cancellationToken)));
            await SearchIndexing.IndexQueuedAsync(store, taken => indexing.Increment(taken), cancellationToken);
            indexing.Value = indexing.MaxValue;
        });
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"import into {target.Alias}: {tally.Added} added, {tally.Duplicates} identical duplicate(s), {tally.Conflicts} conflict(s), {tally.Rejected} rejected"));
        return tally.Conflicts + tally.Rejected > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static async Task ImportFileAsync(ITocsinStore store, Collection target, string file, CliConsole console,
        ImportTally tally, ProgressTask task, CancellationToken cancellationToken)
    {
        var opened = InputFile.OpenRead(file);
        if (!opened.IsSuccess)
        {
            tally.Rejected++;
            await console.Error.WriteLineAsync(opened.Error.Message);
            return;
        }

        await using var stream = opened.Value;
        task.MaxValue = Math.Max(1, stream.Length);
        // Up to WritesInFlight batches are written (validated, hashed, stored) on the thread pool while the next
        // one is read: parsing, validation and the database's work overlap. Each batch is still one transaction
        // and outcomes are reported in file order; memory holds at most WritesInFlight + 1 batches.
        var batch = new List<StixObject>(BatchSize);
        var writing = new Queue<Task<ImportResult>>(WritesInFlight);
        await foreach (var item in StixBundleReader.ReadAsync(stream, cancellationToken))
        {
            if (item.Object is null)
            {
                tally.Rejected++;
                var where = item.Index < 0 ? string.Empty : $"objects[{item.Index.ToString(CultureInfo.InvariantCulture)}]: ";
                await console.Error.WriteLineAsync($"{file}: {where}{item.Error!.Message} [{item.Error.Code}]");
                continue;
            }

            batch.Add(item.Object);
            if (batch.Count == BatchSize)
            {
                if (writing.Count == WritesInFlight)
                {
                    await ReportAsync(writing.Dequeue(), file, console, tally);
                }

                var full = batch;
                writing.Enqueue(Task.Run(() => store.AddObjectsAsync(target.Id, full, cancellationToken), cancellationToken));
                batch = new List<StixObject>(BatchSize);
                task.Value = stream.Position;
            }
        }

        while (writing.Count > 0)
        {
            await ReportAsync(writing.Dequeue(), file, console, tally);
        }

        if (batch.Count > 0)
        {
            await ReportAsync(store.AddObjectsAsync(target.Id, batch, cancellationToken), file, console, tally);
        }
    }

    private static async Task ReportAsync(Task<ImportResult> writing, string file, CliConsole console, ImportTally tally)
    {
        foreach (var outcome in (await writing).Outcomes)
        {
            await ReportOutcomeAsync(outcome, file, console, tally);
        }
    }

    private static async Task ReportOutcomeAsync(ObjectOutcome outcome, string file, CliConsole console, ImportTally tally)
    {
        switch (outcome.Kind)
        {
            case ObjectOutcomeKind.Added:
                tally.Added++;
                break;
            case ObjectOutcomeKind.Duplicate:
                tally.Duplicates++;
                break;
            case ObjectOutcomeKind.Conflict:
                tally.Conflicts++;
                await console.Error.WriteLineAsync($"{file}: {outcome.Id}: conflict: version {outcome.Version} is already stored with different content");
                break;
            case ObjectOutcomeKind.Rejected:
                tally.Rejected++;
                foreach (var issue in outcome.Issues.Where(i => i.Severity == ValidationSeverity.Error))
                {
                    await console.Error.WriteLineAsync($"{file}: {issue}");
                }

                break;
        }
    }

    private sealed class ImportTally
    {
        public long Added { get; set; }

        public long Duplicates { get; set; }

        public long Conflicts { get; set; }

        public long Rejected { get; set; }
    }
}
