using System.CommandLine;
using Tocsin.Core;
using Tocsin.Core.Sharing;
using Tocsin.Storage;
using Tocsin.Storage.Classification;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin marking add|list</c>: national classification, caveat and compartment markings
/// (docs/classification.md), created by our organisation and stored in the picture's collections.</summary>
public static class MarkingCommand
{
    /// <summary>The command group, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("marking", "Manage national classification, caveat and compartment markings");
        command.Subcommands.Add(Add(console, clock));
        command.Subcommands.Add(List(console, clock));
        return command;
    }

    private static Command Add(CliConsole console, TimeProvider clock)
    {
        var classification = new Option<string?>("--classification") { Description = "A level of the scale, e.g. \"DIFFUSION RESTREINTE\"" };
        var caveat = new Option<string?>("--caveat") { Description = "A caveat of the scale, e.g. ORCON" };
        var compartment = new Option<string?>("--compartment") { Description = "A new compartment's name, e.g. \"OP NORD\"" };
        var collection = new Option<string[]>("--collection") { Description = "Collection to store it in (repeatable); every collection when absent", AllowMultipleArgumentsPerToken = true };
        var data = CliOptions.Data();
        var command = new Command("add", "Create a marking (or show the existing one of the same kind and name); prints its id")
            { classification, caveat, compartment, collection, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = new (SharingMarkingKind Kind, string? Term)[]
            {
                (SharingMarkingKind.Classification, parse.GetValue(classification)),
                (SharingMarkingKind.Caveat, parse.GetValue(caveat)),
                (SharingMarkingKind.Compartment, parse.GetValue(compartment)),
            }.Where(g => g.Term is not null).ToList();
            if (given.Count != 1)
            {
                return await FailAsync(console, new Error("marking-kind-invalid", "Give exactly one of --classification, --caveat or --compartment."));
            }

            var national = CliClassification.National();
            var creator = CliClassification.OrganisationIdentityId();
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var ours = await OursAsync(store, creator, cancellationToken);
            var created = await NationalMarkings.CreateAsync(store, new NationalMarkingRequest(given[0].Kind, given[0].Term!), national.Scale, creator, ours,
                parse.GetValue(collection) ?? [], clock, cancellationToken);
            if (!created.IsSuccess)
            {
                return await FailAsync(console, created.Error);
            }

            var marking = created.Value.Marking;
            await console.Out.WriteLineAsync($"{(created.Value.Created ? "added" : "exists")}\t{marking.Id}\t{marking.KindName}\t{marking.Term}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console, TimeProvider clock)
    {
        var data = CliOptions.Data();
        var command = new Command("list", "List the national markings: id, kind, name") { data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var creator = CliClassification.OrganisationIdentityId();
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            foreach (var marking in await NationalMarkings.ListAsync(store, await OursAsync(store, creator, cancellationToken), cancellationToken))
            {
                await console.Out.WriteLineAsync($"{marking.Id}\t{marking.KindName}\t{marking.Term}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Our organisation: the sharing settings' identities and the configured one.
    internal static async Task<IReadOnlyCollection<string>> OursAsync(ITocsinStore store, string creator, CancellationToken cancellationToken)
    {
        var settings = await store.Sharing.GetSettingsAsync(cancellationToken);
        return [.. settings.OrganisationIdentityIds.Append(creator).Distinct(StringComparer.Ordinal)];
    }

    private static async Task<int> FailAsync(CliConsole console, Error error)
    {
        await console.Error.WriteLineAsync($"{error.Code}: {error.Message}");
        return ExitCodes.Failure;
    }
}
