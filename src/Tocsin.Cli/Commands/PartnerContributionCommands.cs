using System.CommandLine;
using System.Globalization;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Contributions;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin partner contributions NAME</c> and <c>tocsin partner promote NAME ID</c>: what a partner posted,
/// kept out of our picture, and its promotion into the picture (docs/sharing.md "Partner contributions").</summary>
public static class PartnerContributionCommands
{
    /// <summary>Lists a partner's contributions, one line each: date added, collection, id, version, state.</summary>
    public static Command Contributions(CliConsole console, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(console);
        var name = new Argument<string>("NAME") { Description = "Partner name" };
        var id = new Option<string?>("--id") { Description = "Only the versions of this object id" };
        var data = CliOptions.Data();
        var command = new Command("contributions", "List what a partner posted (its contributions, kept out of our picture)") { name, id, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var partner = await FindPartnerAsync(store, parse.GetValue(name)!, cancellationToken);
            if (!partner.IsSuccess)
            {
                return await FailAsync(console, partner.Error);
            }

            var contributions = await store.Contributions.ListAsync(partner.Value.Id, parse.GetValue(id), cancellationToken);
            if (contributions.Count == 0)
            {
                await console.Error.WriteLineAsync($"no contributions from {parse.GetValue(name)}{(parse.GetValue(id) is { } one ? " for " + one : string.Empty)}");
            }

            foreach (var c in contributions)
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{c.DateAdded.Instant:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'}\t{c.CollectionAlias}\t{c.Object.Id}\t{c.Object.VersionTimestamp?.Text ?? c.Object.VersionKey}\t{(c.Deleted ? "deleted" : "visible")}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Promotes a contribution into a collection of our picture, verbatim or as our derived object.</summary>
    public static Command Promote(CliConsole console, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(console);
        var name = new Argument<string>("NAME") { Description = "Partner name" };
        var id = new Argument<string>("ID") { Description = "Id of the contributed object" };
        var version = new Option<string?>("--version") { Description = "Its version (modified/created as posted); default: the latest" };
        var collection = new Option<string?>("--collection") { Description = "Collection of our picture (id or alias); default: the one it was posted to" };
        var derived = new Option<bool>("--derived")
        {
            Description = "Promote as a new object created by our organisation, with a derived-from relationship to the partner's (default: verbatim)",
        };
        var data = CliOptions.Data();
        var command = new Command("promote", "Promote a partner's contribution into our picture (audited)") { name, id, version, collection, derived, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var partner = await FindPartnerAsync(store, parse.GetValue(name)!, cancellationToken);
            if (!partner.IsSuccess)
            {
                return await FailAsync(console, partner.Error);
            }

            var objectId = parse.GetValue(id)!;
            var contributed = await store.Contributions.ListAsync(partner.Value.Id, objectId, cancellationToken);
            var collectionName = parse.GetValue(collection) ?? contributed.LastOrDefault(c => !c.Deleted)?.CollectionAlias;
            var target = collectionName is null ? null : await store.FindCollectionAsync(collectionName, cancellationToken);
            if (target is null)
            {
                return await FailAsync(console, collectionName is null
                    ? ContributionErrors.NotFound(objectId)
                    : new Error("collection-not-found", $"no collection '{collectionName}'"));
            }

            var mode = parse.GetValue(derived) ? PromotionMode.Derived : PromotionMode.Verbatim;
            var promoted = await ContributionPromotion.PromoteAsync(store, partner.Value.Id, objectId, parse.GetValue(version), target, mode, clock, cancellationToken);
            if (!promoted.IsSuccess)
            {
                return await FailAsync(console, promoted.Error);
            }

            await console.Out.WriteLineAsync($"promoted {objectId} into {target.Alias}: {string.Join(' ', promoted.Value.Promoted.Select(p => p.Id))}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<Result<Principal>> FindPartnerAsync(ITocsinStore store, string name, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        return principal is { Kind: PrincipalKind.Partner } ? principal : new Error("partner-not-found", $"no partner named '{name}'");
    }

    private static async Task<int> FailAsync(CliConsole console, Error error)
    {
        await console.Error.WriteLineAsync(error.Message);
        return ExitCodes.Failure;
    }
}
