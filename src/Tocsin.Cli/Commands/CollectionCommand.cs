using System.CommandLine;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin collection add|list|grant</c>: the store's collections (UUIDv4 id plus a unique
/// alias; every command accepts either) and who may read or write them.</summary>
public static class CollectionCommand
{
    /// <summary>The command group, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("collection", "Manage collections and grants");
        command.Subcommands.Add(Add(console, clock));
        command.Subcommands.Add(List(console, clock));
        command.Subcommands.Add(Grant(console, clock));
        return command;
    }

    private static Command Add(CliConsole console, TimeProvider clock)
    {
        var alias = new Argument<string>("ALIAS") { Description = "Unique alias (lower-case letters, digits, - _ .)" };
        var title = new Option<string>("--title") { Description = "Human-readable title" };
        var description = new Option<string>("--description") { Description = "What the collection holds" };
        var data = CliOptions.Data();
        var command = new Command("add", "Add a collection; prints its new id") { alias, title, description, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var added = await store.AddCollectionAsync(parse.GetValue(alias)!, parse.GetValue(title), parse.GetValue(description), cancellationToken);
            if (!added.IsSuccess)
            {
                await console.Error.WriteLineAsync(added.Error.Message);
                return ExitCodes.Failure;
            }

            await console.Out.WriteLineAsync(added.Value.Id.ToString("D"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console, TimeProvider clock)
    {
        var data = CliOptions.Data();
        var command = new Command("list", "List collections: id, alias, objects, title") { data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var collections = await store.ListCollectionsAsync(cancellationToken);
            if (collections.Count == 0)
            {
                await console.Error.WriteLineAsync("no collections yet; see: tocsin collection add --help");
            }

            foreach (var collection in collections)
            {
                var count = await store.CountObjectsAsync(collection.Id, cancellationToken);
                await console.Out.WriteLineAsync(FormattableString.Invariant($"{collection.Id:D}\t{collection.Alias}\t{count}\t{collection.Title}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Grant(CliConsole console, TimeProvider clock)
    {
        var collectionArgument = new Argument<string>("COLLECTION") { Description = "Collection id or alias" };
        var user = new Argument<string>("USER") { Description = "User or partner name" };
        var read = new Option<bool>("--read") { Description = "May read objects" };
        var write = new Option<bool>("--write") { Description = "May add and delete objects" };
        var data = CliOptions.Data();
        var command = new Command("grant", "Set a principal's rights on a collection (no flag: revoke)") { collectionArgument, user, read, write, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var collection = await store.FindCollectionAsync(parse.GetValue(collectionArgument)!, cancellationToken);
            var principal = await store.FindPrincipalAsync(parse.GetValue(user)!, cancellationToken);
            if (collection is null || principal is null)
            {
                await console.Error.WriteLineAsync(collection is null
                    ? $"no collection with id or alias '{parse.GetValue(collectionArgument)}'"
                    : $"no user or partner named '{parse.GetValue(user)}'");
                return ExitCodes.Failure;
            }

            var rights = (parse.GetValue(read) ? CollectionRights.Read : CollectionRights.None)
                | (parse.GetValue(write) ? CollectionRights.Write : CollectionRights.None);
            var granted = await store.GrantAsync(collection.Id, principal.Id, rights, cancellationToken);
            if (!granted.IsSuccess)
            {
                await console.Error.WriteLineAsync(granted.Error.Message);
                return ExitCodes.Failure;
            }

            await console.Out.WriteLineAsync($"{principal.Name} on {collection.Alias}: {(rights == CollectionRights.None ? "no access" : rights.ToString().ToLowerInvariant())}");
            return ExitCodes.Success;
        });
        return command;
    }
}
