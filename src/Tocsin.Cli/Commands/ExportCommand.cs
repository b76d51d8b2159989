using System.CommandLine;
using System.Globalization;
using Tocsin.Core.Stix.Writing;
using Tocsin.Server.Classification;
using Tocsin.Server.Signing;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin export [--collection ID|ALIAS] [--type T] [--added-after TIME] [--output FILE] [--latest]</c>:
/// writes a STIX bundle of a collection — every version unless <c>--latest</c> — streaming, each object
/// exactly as stored. A file is written under a temporary name and renamed when complete, so a failed
/// export never leaves a truncated bundle behind.</summary>
public static class ExportCommand
{
    private const int PageSize = 1000;

    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var collection = new Option<string>("--collection") { Description = "Collection id or alias (default: picture)", HelpName = "ID|ALIAS" };
        var types = new Option<string[]>("--type") { Description = "Only objects of this STIX type (repeatable)", AllowMultipleArgumentsPerToken = true };
        var addedAfter = new Option<string>("--added-after") { Description = "Only versions added after this time (RFC 3339, UTC)", HelpName = "TIME" };
        var output = new Option<string>("--output") { Description = "Write to FILE instead of standard output", HelpName = "FILE" };
        var latest = new Option<bool>("--latest") { Description = "Only the latest version of each object" };
        var sign = new Option<bool>("--sign") { Description = "Also write FILE.jws, a detached JWS of the bundle by the data directory's key (needs --output)" };
        var reader = new Option<string>("--as") { Description = "Export what this member of staff is cleared for, on the record (default: the lowest clearance)", HelpName = "NAME" };
        var data = CliOptions.Data();
        var command = new Command("export", "Export a collection as a STIX 2.1 bundle") { collection, types, addedAfter, output, latest, sign, reader, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(sign) && parse.GetValue(output) is null)
            {
                await console.Error.WriteLineAsync("--sign needs --output FILE: the signature is written beside it as FILE.jws");
                return ExitCodes.Usage;
            }

            DateAddedStamp? after = null;
            if (parse.GetValue(addedAfter) is { } afterText)
            {
                if (!DateTimeOffset.TryParse(afterText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
                {
                    await console.Error.WriteLineAsync($"--added-after: '{afterText}' is not a timestamp such as 2024-03-24T00:00:00Z");
                    return ExitCodes.Usage;
                }

                after = DateAddedStamp.FromInstant(instant);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var target = await ImportCommand.ResolveCollectionAsync(store, parse.GetValue(collection), console, cancellationToken);
            if (target is null)
            {
                return ExitCodes.Failure;
            }

            var cleared = await ExportReader.ForAsync(store, parse.GetValue(reader), cancellationToken);
            if (!cleared.IsSuccess)
            {
                await console.Error.WriteLineAsync(cleared.Error.Message);
                return ExitCodes.Failure;
            }

            var query = new ObjectQuery
            {
                AddedAfter = after,
                Limit = PageSize,
                Types = parse.GetValue(types) ?? [],
                Versions = parse.GetValue(latest) ? VersionFilter.Last : VersionFilter.All,
            };
            var export = new ClearedExport(store, cleared.Value, new ReadRecorder(store, clock), target);
            var count = await WriteAsync(export, query, parse.GetValue(output), console, cancellationToken);
            if (parse.GetValue(sign))
            {
                // The JWS covers the exact bytes written (docs/signatures.md); signing needs them whole.
                var path = parse.GetValue(output)!;
                var signer = ServerSigner.Open(parse.GetValue(data)!, clock);
                await File.WriteAllTextAsync(path + ".jws", signer.SignDetached(await File.ReadAllBytesAsync(path, cancellationToken)), cancellationToken);
            }

            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"export of {target.Alias}: {count} object version(s)"));
            if (parse.GetValue(reader) is null)
            {
                await console.Error.WriteLineAsync("export: only what the lowest clearance may read; add --as NAME to export what that member of staff is cleared for");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<long> WriteAsync(ClearedExport export, ObjectQuery query, string? outputPath, CliConsole console, CancellationToken cancellationToken)
    {
        if (outputPath is null)
        {
            await using var stdout = new TextWriterStream(console.Out);
            var written = await WriteBundleAsync(export, query, stdout, cancellationToken);
            await console.Out.WriteLineAsync();
            return written;
        }

        var temporary = outputPath + ".partial";
        long count;
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            count = await WriteBundleAsync(export, query, file, cancellationToken);
        }

        File.Move(temporary, outputPath, overwrite: true);
        return count;
    }

    private static async Task<long> WriteBundleAsync(ClearedExport export, ObjectQuery query, Stream destination, CancellationToken cancellationToken)
    {
        await using var writer = StixBundleWriter.Create(destination);
        await foreach (var stixObject in export.PagesAsync(query, cancellationToken))
        {
            await writer.WriteAsync(stixObject, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return writer.Count;
    }
}
