using System.CommandLine;
using Tocsin.Cli.Parsing;
using System.Text.Json;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Storage.Sharing;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin tearline create OBJECT_ID --collection C --release green --as USER --set name=… [--omit P]
/// [--as-it-stands P]</c> and <c>tocsin tearline approve REQUEST_ID --as APPROVER</c>: releases a tearline of the
/// latest version of an object at a lower marking, with its <c>derived-from</c> relationship, into the same
/// collection (docs/sharing.md, "Tearlines"). The analyst writes the released text of each text property; a
/// property released as it stands needs a second person with the approver role. The original is never altered.</summary>
public static class TearlineCommand
{
    /// <summary>The command group, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("tearline", "Release sanitised, rewritten copies of objects at a lower marking");
        command.Subcommands.Add(CreateCommand(console, clock));
        command.Subcommands.Add(ApproveCommand(console, clock));
        return command;
    }

    private static Command CreateCommand(CliConsole console, TimeProvider clock)
    {
        var objectId = new Argument<string>("OBJECT_ID") { Description = "The STIX id of the original" };
        var collection = new Option<string>("--collection") { Description = "Collection alias or id", Required = true };
        var release = new Option<string>("--release") { Description = "TLP to release at: clear, green, amber, amber+strict, red", Required = true };
        var asUser = new Option<string>("--as") { Description = "The analyst writing the tearline (analyst role, read and write grants)", Required = true, HelpName = "NAME" };
        var set = new Option<string[]>("--set") { Description = "PROPERTY=TEXT: the released text of a text property (repeat for each; repeat a list property for each item)", AllowMultipleArgumentsPerToken = false };
        var textFile = new Option<string?>("--text-file") { Description = "A JSON object of released texts: {\"name\": \"…\", \"aliases\": [\"…\"]}" };
        var omit = new Option<string[]>("--omit") { Description = "A text property to leave out (repeatable)" };
        var asItStands = new Option<string[]>("--as-it-stands") { Description = "A property to release exactly as the original has it; a second person with the approver role must approve (repeatable)" };
        var data = CliOptions.Data();
        var create = new Command("create", "Create a tearline of an object") { objectId, collection, release, asUser, set, textFile, omit, asItStands, data };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var level = PartnerProfileRules.ParseTlp(parse.GetValue(release));
            var texts = level.IsSuccess ? await TextsAsync(parse.GetValue(set) ?? [], parse.GetValue(textFile), parse.GetValue(omit) ?? [], parse.GetValue(asItStands) ?? [], cancellationToken) : level.Error;
            if (!texts.IsSuccess)
            {
                return await FailAsync(console, texts.Error.Message);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var userName = parse.GetValue(asUser)!;
            var analyst = await store.FindPrincipalAsync(userName, cancellationToken);
            if (analyst is not { Kind: PrincipalKind.User } || !analyst.Has(Role.Analyst))
            {
                return await FailAsync(console, $"'{userName}' is not a user with the analyst role");
            }

            var target = await store.FindCollectionAsync(parse.GetValue(collection)!, cancellationToken);
            if (target is null)
            {
                return await FailAsync(console, $"no collection '{parse.GetValue(collection)}'");
            }

            var created = await TearlineRelease.CreateAsync(store, target, parse.GetValue(objectId)!, level.Value, texts.Value, analyst, clock, cancellationToken);
            if (!created.IsSuccess)
            {
                return await FailAsync(console, $"{created.Error.Code}: {created.Error.Message}");
            }

            if (created.Value.Pending is { } pending)
            {
                await console.Out.WriteLineAsync($"pending {pending.Id:D}: {string.Join(", ", pending.Texts.AsTheyStand.Order(StringComparer.Ordinal))} released as it stands; " +
                    $"another user with the approver role must run: tocsin tearline approve {pending.Id:D} --as NAME");
                return ExitCodes.Success;
            }

            await PrintAsync(console, created.Value.Released!, level.Value);
            return ExitCodes.Success;
        });
        return create;
    }

    private static Command ApproveCommand(CliConsole console, TimeProvider clock)
    {
        var requestId = CliValues.Id("REQUEST_ID", "tearline request id", "The pending tearline request");
        var asUser = new Option<string>("--as") { Description = "The approver (approver role, read and write grants; not who asked)", Required = true, HelpName = "NAME" };
        var data = CliOptions.Data();
        var approve = new Command("approve", "Approve a tearline that releases properties as they stand") { requestId, asUser, data };
        approve.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var userName = parse.GetValue(asUser)!;
            if (await store.FindPrincipalAsync(userName, cancellationToken) is not { Kind: PrincipalKind.User } approver)
            {
                return await FailAsync(console, $"no user '{userName}'");
            }

            var released = await TearlineRelease.ApproveAsync(store, parse.GetValue(requestId), approver, clock, cancellationToken);
            if (!released.IsSuccess)
            {
                return await FailAsync(console, $"{released.Error.Code}: {released.Error.Message}");
            }

            var request = await store.TearlineRequests.FindAsync(parse.GetValue(requestId), cancellationToken);
            await PrintAsync(console, released.Value, request!.Release);
            return ExitCodes.Success;
        });
        return approve;
    }

    private static async Task<Result<TearlineTexts>> TextsAsync(string[] sets, string? file, string[] omit, string[] asItStands, CancellationToken cancellationToken)
    {
        var released = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (file is not null)
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file, cancellationToken));
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var values = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : [property.Value];
                if (values.Any(v => v.ValueKind != JsonValueKind.String))
                {
                    return new Error("tearline-text-shape", $"The released text of '{property.Name}' must be a string or a list of strings.");
                }

                released[property.Name] = [.. values.Select(v => v.GetString()!)];
            }
        }

        foreach (var pair in sets)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return new Error("tearline-text-shape", $"--set takes PROPERTY=TEXT, not '{pair}'.");
            }

            var name = pair[..equals];
            if (!released.TryGetValue(name, out var values))
            {
                released[name] = values = [];
            }

            values.Add(pair[(equals + 1)..]);
        }

        return new TearlineTexts
        {
            Released = released.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            Omitted = new HashSet<string>(omit, StringComparer.Ordinal),
            AsTheyStand = new HashSet<string>(asItStands, StringComparer.Ordinal),
        };
    }

    private static async Task PrintAsync(CliConsole console, TearlineResult result, Core.Stix.TlpLevel level)
    {
        await console.Out.WriteLineAsync($"released {result.Sanitised.Id} at {PartnerProfileRules.TlpName(level)}");
        await console.Out.WriteLineAsync($"derived-from {result.DerivedFrom.Id}");
        if (result.RemovedProperties.Count > 0)
        {
            await console.Out.WriteLineAsync($"removed {string.Join(", ", result.RemovedProperties)}");
        }

        if (result.ReleasedAsTheyStand.Count > 0)
        {
            await console.Out.WriteLineAsync($"as it stands {string.Join(", ", result.ReleasedAsTheyStand)}");
        }
    }

    private static async Task<int> FailAsync(CliConsole console, string message)
    {
        await console.Error.WriteLineAsync(message);
        return ExitCodes.Failure;
    }
}
