using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Tocsin.Core.Webhooks;
using Tocsin.Server.Webhooks;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin subscriber add|list</c>: webhook subscribers. The secret is printed once and stored
/// encrypted with the data directory's <c>webhook-key.bin</c>, the key the server uses. Loopback and private
/// targets are refused unless allow-listed in the same configuration the server reads
/// (<c>Tocsin__Webhooks__AllowList__0=10.20.0.0/16</c> in the environment): the allow-list is the operator's
/// policy, not a per-subscriber switch.</summary>
public static class SubscriberCommand
{
    /// <summary>The command group, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("subscriber", "Manage webhook subscribers");
        command.Subcommands.Add(Add(console, clock));
        command.Subcommands.Add(List(console, clock));
        return command;
    }

    private static Command Add(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Unique name" };
        var url = new Argument<string>("URL") { Description = "http(s) URL receiving the signed CAP messages" };
        var territories = new Option<string[]>("--territory") { Description = "Territory of interest, e.g. FRA or FRA-D75 (repeatable; none: all)", AllowMultipleArgumentsPerToken = true };
        var exercises = new Option<bool>("--exercises") { Description = "Also receive Exercise and Test messages" };
        var sectors = new Option<string[]>("--sector") { Description = "Sector it belongs to, e.g. transport (repeatable; docs/recipients.md)", AllowMultipleArgumentsPerToken = true };
        var groups = new Option<string[]>("--group") { Description = "Recipient group it belongs to, e.g. operators (repeatable)", AllowMultipleArgumentsPerToken = true };
        var data = CliOptions.Data();
        var partner = new Option<string?>("--partner")
        {
            Description = "Partner it delivers for: its measures are addressed by the partner's sectors and groups (not with --sector/--group)",
        };
        var command = new Command("add", "Add a subscriber; prints its id and secret (shown once)") { name, url, territories, exercises, sectors, groups, partner, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var allowList = WebhookAllowList.Parse(ConfiguredAllowList());
            if (!allowList.IsSuccess)
            {
                await console.Error.WriteLineAsync(allowList.Error.Message);
                return ExitCodes.Failure;
            }

            var directory = parse.GetValue(data)!;
            await using var store = await CliStore.OpenAsync(directory, clock, cancellationToken);
            var registration = new SubscriberRegistration(store, WebhookSecretBox.OpenOrCreate(directory), new WebhookTargetPolicy(allowList.Value), Dns.GetHostAddressesAsync);
            var added = await registration.AddAsync(
                new SubscriberRequest(parse.GetValue(name), parse.GetValue(url), parse.GetValue(territories), parse.GetValue(exercises),
                    parse.GetValue(sectors), parse.GetValue(groups), parse.GetValue(partner)), cancellationToken);
            if (!added.IsSuccess)
            {
                await console.Error.WriteLineAsync(added.Error.Message);
                return ExitCodes.Failure;
            }

            await console.Out.WriteLineAsync($"added subscriber {added.Value.Subscriber.Name} ({added.Value.Subscriber.Id:D})");
            await console.Out.WriteLineAsync($"secret (shown once, store it now): {added.Value.Secret}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console, TimeProvider clock)
    {
        var data = CliOptions.Data();
        var command = new Command("list", "List subscribers: id, name, url, territories, exercises") { data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var subscribers = await store.Webhooks.ListSubscribersAsync(includeDisabled: false, cancellationToken);
            if (subscribers.Count == 0)
            {
                await console.Error.WriteLineAsync("no subscribers yet; see: tocsin subscriber add --help");
            }

            foreach (var s in subscribers)
            {
                var territories = s.TerritoryIds.Count == 0 ? "*" : string.Join(",", s.TerritoryIds);
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Id:D}\t{s.Name}\t{s.Url}\t{territories}\t{(s.Exercises ? "exercises" : "-")}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static List<string> ConfiguredAllowList() =>
        new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(WebhookOptions.Section).Get<WebhookOptions>()?.AllowList ?? [];
}
