using System.CommandLine;
using System.Globalization;
using Tocsin.Core;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Storage;
using Tocsin.Server.Sharing;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin partner add|list|show|key|revoke|set|received|policy|contributions|promote|cert</c>: partner services, what they may
/// receive (docs/sharing.md), what they received and what they contributed, and the certificates that identify them (docs/mutual-tls.md). A new API key is printed once and never again.</summary>
public static class PartnerCommand
{
    /// <summary>The command group, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("partner", "Manage partner services and what they may receive");
        command.Subcommands.Add(Add(console, clock));
        command.Subcommands.Add(List(console, clock));
        command.Subcommands.Add(Show(console, clock));
        command.Subcommands.Add(Key(console, clock));
        command.Subcommands.Add(Revoke(console, clock));
        command.Subcommands.Add(Set(console, clock));
        command.Subcommands.Add(Received(console, clock));
        command.Subcommands.Add(Policy(console, clock));
        command.Subcommands.Add(PartnerContributionCommands.Contributions(console, clock));
        command.Subcommands.Add(PartnerContributionCommands.Promote(console, clock));
        command.Subcommands.Add(PartnerCertificateCommands.Create(console, clock));
        return command;
    }

    private static Command Add(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Partner name (also its name in recipients markings)" };
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-3 country code, e.g. FRA", Required = true };
        var ceiling = new Option<string>("--ceiling") { Description = "Most restrictive TLP it may receive: clear, green, amber, amber+strict, red", Required = true };
        var classificationCeiling = ClassificationCeilingOption();
        var rel = RelOption();
        var recipient = RecipientOption();
        var sector = SectorOption();
        var group = GroupOption();
        var data = CliOptions.Data();
        var command = new Command("add", "Add a partner service; prints a new API key")
            { name, country, ceiling, classificationCeiling, rel, recipient, sector, group, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            // One transaction: a refused profile or key leaves no partner behind.
            var added = await Administration(store).AddAsync(parse.GetValue(name), new PartnerFields
            {
                Country = parse.GetValue(country),
                Ceiling = parse.GetValue(ceiling),
                ClassificationCeiling = parse.GetValue(classificationCeiling),
                Rel = parse.GetValue(rel) ?? [],
                RecipientOf = parse.GetValue(recipient) ?? [],
                Sectors = parse.GetValue(sector) ?? [],
                Groups = parse.GetValue(group) ?? [],
            }, cancellationToken);
            if (!added.IsSuccess)
            {
                return await FailAsync(console, added.Error);
            }

            await console.Out.WriteLineAsync($"added partner {Describe(added.Value.Profile)}");
            await console.Out.WriteLineAsync($"api key (shown once, store it now): {added.Value.Key.Plaintext}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console, TimeProvider clock)
    {
        var data = CliOptions.Data();
        var command = new Command("list", "List partners with country, ceiling, releasability and classification ceiling") { data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var profiles = await store.Sharing.ListProfilesAsync(cancellationToken);
            if (profiles.Count == 0)
            {
                await console.Error.WriteLineAsync("no partners yet; see: tocsin partner add --help");
            }

            foreach (var profile in profiles)
            {
                await console.Out.WriteLineAsync(
                    $"{profile.Name}\t{profile.Country}\t{PartnerProfileRules.TlpName(profile.Ceiling)}\t{Codes(profile.Releasability)}\t{Level(profile)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Partner name" };
        var data = CliOptions.Data();
        var command = new Command("show", "Show a partner's profile and keys") { name, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var found = await FindAsync(store, parse.GetValue(name)!, cancellationToken);
            if (!found.IsSuccess)
            {
                return await FailAsync(console, found.Error);
            }

            var (principal, profile) = found.Value;
            await console.Out.WriteLineAsync($"name\t{profile.Name}\ncountry\t{profile.Country}\nceiling\t{PartnerProfileRules.TlpName(profile.Ceiling)}");
            await console.Out.WriteLineAsync($"classification-ceiling\t{Level(profile)}");
            await console.Out.WriteLineAsync($"rel\t{Codes(profile.Releasability)}\nrecipient-of\t{Codes(profile.Recipients)}");
            await console.Out.WriteLineAsync($"sectors\t{Codes(profile.Sectors)}\ngroups\t{Codes(profile.Groups)}");
            foreach (var key in await store.ListApiKeysAsync(principal.Id, cancellationToken))
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"key\t{key.KeyId}\t{key.CreatedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}\t{(key.RevokedAt is null ? "active" : "revoked")}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Key(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Partner name" };
        var data = CliOptions.Data();
        var command = new Command("key", "Issue a new API key for a partner (printed once)") { name, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var issued = await Administration(store).IssueKeyAsync(parse.GetValue(name)!, null, cancellationToken);
            if (!issued.IsSuccess)
            {
                return await FailAsync(console, issued.Error);
            }

            await console.Out.WriteLineAsync($"api key (shown once, store it now): {issued.Value.Key.Plaintext}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke(CliConsole console, TimeProvider clock)
    {
        var keyId = new Argument<string>("KEYID") { Description = "The key id (12 hex characters after tk_)" };
        var data = CliOptions.Data();
        var command = new Command("revoke", "Revoke an API key") { keyId, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var revoked = await store.RevokeApiKeyAsync(parse.GetValue(keyId)!, cancellationToken);
            if (!revoked.IsSuccess)
            {
                return await FailAsync(console, revoked.Error);
            }

            await console.Out.WriteLineAsync($"revoked key {parse.GetValue(keyId)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Set(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Partner name" };
        var country = new Option<string?>("--country") { Description = "New ISO 3166-1 alpha-3 country code" };
        var ceiling = new Option<string?>("--ceiling") { Description = "New ceiling: clear, green, amber, amber+strict, red" };
        var classificationCeiling = ClassificationCeilingOption();
        var rel = RelOption();
        var recipient = RecipientOption();
        var sector = SectorOption();
        var group = GroupOption();
        var data = CliOptions.Data();
        var command = new Command("set",
            "Change a partner's country, ceiling, classification ceiling, releasability, recipient lists, sectors or groups (each list option replaces its list)")
            { name, country, ceiling, classificationCeiling, rel, recipient, sector, group, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var stored = await Administration(store).UpdateAsync(parse.GetValue(name)!, new PartnerFields
            {
                Country = parse.GetValue(country),
                Ceiling = parse.GetValue(ceiling),
                ClassificationCeiling = parse.GetValue(classificationCeiling),
                Rel = parse.GetResult(rel) is null ? null : parse.GetValue(rel) ?? [],
                RecipientOf = parse.GetResult(recipient) is null ? null : parse.GetValue(recipient) ?? [],
                Sectors = parse.GetResult(sector) is null ? null : parse.GetValue(sector) ?? [],
                Groups = parse.GetResult(group) is null ? null : parse.GetValue(group) ?? [],
            }, cancellationToken);
            if (!stored.IsSuccess)
            {
                return await FailAsync(console, stored.Error);
            }

            await console.Out.WriteLineAsync($"updated partner {Describe(stored.Value)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Received(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Partner name" };
        var from = new Option<string>("--from") { Description = "Start (inclusive), RFC 3339, e.g. 2024-03-22T00:00:00Z", Required = true };
        var to = new Option<string>("--to") { Description = "End (exclusive), RFC 3339", Required = true };
        var data = CliOptions.Data();
        var command = new Command("received", "Report what a partner received between two times (the share log)") { name, from, to, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryTime(parse.GetValue(from), out var start) || !TryTime(parse.GetValue(to), out var end))
            {
                return await FailAsync(console, new Error("time-invalid", "--from and --to must be RFC 3339 times with a zone, e.g. 2024-03-22T00:00:00Z."));
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var found = await FindAsync(store, parse.GetValue(name)!, cancellationToken);
            if (!found.IsSuccess)
            {
                return await FailAsync(console, found.Error);
            }

            var rows = await store.Sharing.SharedBetweenAsync(found.Value.Principal.Id, start, end, cancellationToken);
            if (!rows.IsSuccess)
            {
                return await FailAsync(console, rows.Error);
            }

            if (rows.Value.Count == 0)
            {
                await console.Error.WriteLineAsync($"nothing was shared with {parse.GetValue(name)} from {parse.GetValue(from)} to {parse.GetValue(to)}");
            }

            foreach (var row in rows.Value)
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{row.SharedAt:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'}\t{row.ObjectId}\t{row.VersionKey}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Policy(CliConsole console, TimeProvider clock)
    {
        var org = new Option<string[]>("--org") { Description = "Our organisation's identity id (repeatable; replaces the list)", AllowMultipleArgumentsPerToken = true };
        var defaultTlp = new Option<string?>("--default-tlp") { Description = "TLP for objects with none: clear, green, amber, amber+strict, red" };
        var data = CliOptions.Data();
        var command = new Command("policy", "Show or set the sharing settings (our identities, default TLP)") { org, defaultTlp, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var settings = await store.Sharing.GetSettingsAsync(cancellationToken);
            if (parse.GetValue(defaultTlp) is { } tlpText)
            {
                var level = PartnerProfileRules.ParseTlp(tlpText);
                if (!level.IsSuccess)
                {
                    return await FailAsync(console, level.Error);
                }

                settings = settings with { DefaultTlp = level.Value };
            }

            if (parse.GetResult(org) is not null)
            {
                var ids = parse.GetValue(org) ?? [];
                if (ids.Any(id => !Core.Stix.StixId.TryParse(id, out var parsed) || parsed.Type != "identity"))
                {
                    return await FailAsync(console, new Error("identity-invalid", "--org takes identity ids (identity--UUID)."));
                }

                settings = settings with { OrganisationIdentityIds = ids };
            }

            if (parse.GetResult(org) is not null || parse.GetValue(defaultTlp) is not null)
            {
                await store.Sharing.SetSettingsAsync(settings, cancellationToken);
            }

            await console.Out.WriteLineAsync($"organisation\t{Codes(settings.OrganisationIdentityIds)}\ndefault-tlp\t{PartnerProfileRules.TlpName(settings.DefaultTlp)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string?> ClassificationCeilingOption() => new("--classification-ceiling")
    {
        Description = "Highest national classification level it may receive, e.g. \"DIFFUSION RESTREINTE\" (the scale's lowest when absent)",
    };

    private static PartnerAdministration Administration(ITocsinStore store) => new(store, CliClassification.National());

    private static string Level(PartnerProfile profile) => profile.ClassificationCeiling ?? "-";

    private static Option<string[]> RelOption() => new("--rel")
    {
        Description = "REL TO code it qualifies under: a country (alpha-3) or a group such as FVEY, EU, NATO (repeatable)",
        AllowMultipleArgumentsPerToken = true,
    };

    private static Option<string[]> RecipientOption() => new("--recipient-of")
    {
        Description = "Named-recipient list it belongs to (repeatable)",
        AllowMultipleArgumentsPerToken = true,
    };

    private static Option<string[]> SectorOption() => new("--sector")
    {
        Description = "Sector it belongs to, such as transport or energy (repeatable); its subscribers' measures are addressed by it",
        AllowMultipleArgumentsPerToken = true,
    };

    private static Option<string[]> GroupOption() => new("--group")
    {
        Description = "Recipient group it belongs to, such as operators (repeatable)",
        AllowMultipleArgumentsPerToken = true,
    };

    private static async Task<Result<(Principal Principal, PartnerProfile Profile)>> FindAsync(ITocsinStore store, string name, CancellationToken cancellationToken)
    {
        var principal = await store.FindPrincipalAsync(name, cancellationToken);
        if (principal is null || principal.Kind != PrincipalKind.Partner)
        {
            return new Error("partner-not-found", $"no partner named '{name}'");
        }

        var profile = await store.Sharing.FindProfileAsync(principal.Id, cancellationToken);
        return profile is null ? new Error("partner-profile-not-found", $"partner '{name}' has no sharing profile") : (principal, profile);
    }

    private static bool TryTime(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value)
        && text!.Contains('T', StringComparison.Ordinal);

    private static string Describe(PartnerProfile profile) =>
        $"{profile.Name} ({profile.Country}, up to {PartnerProfileRules.TlpName(profile.Ceiling)}, rel {Codes(profile.Releasability)})";

    private static string Codes(IReadOnlyList<string> codes) => codes.Count == 0 ? "-" : string.Join(",", codes);

    private static async Task<int> FailAsync(CliConsole console, Error error)
    {
        await console.Error.WriteLineAsync(error.Message);
        return ExitCodes.Failure;
    }
}
