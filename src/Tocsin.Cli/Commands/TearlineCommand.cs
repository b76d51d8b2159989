using System.CommandLine;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Storage.Sharing;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin tearline create OBJECT_ID --collection C --release green [--as USER]</c>: releases a
/// sanitised copy of the latest version of an object at a lower marking, with its <c>derived-from</c>
/// relationship, into the same collection (docs/sharing.md). The original is never altered.</summary>
public static class TearlineCommand
{
    /// <summary>The command group, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("tearline", "Release sanitised copies of objects at a lower marking");
        var objectId = new Argument<string>("OBJECT_ID") { Description = "The STIX id of the original" };
        var collection = new Option<string>("--collection") { Description = "Collection alias or id", Required = true };
        var release = new Option<string>("--release") { Description = "TLP to release at: clear, green, amber, amber+strict, red", Required = true };
        var asUser = new Option<string?>("--as") { Description = "The analyst releasing it (must hold the analyst role)" };
        var data = CliOptions.Data();
        var create = new Command("create", "Create a tearline of an object") { objectId, collection, release, asUser, data };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var level = PartnerProfileRules.ParseTlp(parse.GetValue(release));
            if (!level.IsSuccess)
            {
                await console.Error.WriteLineAsync(level.Error.Message);
                return ExitCodes.Failure;
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var userName = parse.GetValue(asUser);
            var analyst = userName is null ? null : await store.FindPrincipalAsync(userName, cancellationToken);
            if (userName is not null && (analyst is not { Kind: PrincipalKind.User } || !analyst.Has(Role.Analyst)))
            {
                await console.Error.WriteLineAsync($"'{userName}' is not a user with the analyst role");
                return ExitCodes.Failure;
            }

            var target = await store.FindCollectionAsync(parse.GetValue(collection)!, cancellationToken);
            if (target is null)
            {
                await console.Error.WriteLineAsync($"no collection '{parse.GetValue(collection)}'");
                return ExitCodes.Failure;
            }

            var created = await TearlineRelease.CreateAsync(store, target, parse.GetValue(objectId)!, level.Value, null, clock, cancellationToken);
            if (!created.IsSuccess)
            {
                await console.Error.WriteLineAsync(created.Error.Message);
                return ExitCodes.Failure;
            }

            await console.Out.WriteLineAsync($"released {created.Value.Sanitised.Id} at {PartnerProfileRules.TlpName(level.Value)}");
            await console.Out.WriteLineAsync($"derived-from {created.Value.DerivedFrom.Id}");
            if (created.Value.RemovedProperties.Count > 0)
            {
                await console.Out.WriteLineAsync($"removed {string.Join(", ", created.Value.RemovedProperties)}");
            }

            return ExitCodes.Success;
        });
        command.Subcommands.Add(create);
        return command;
    }
}
