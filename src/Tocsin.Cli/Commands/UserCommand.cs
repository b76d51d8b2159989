using System.CommandLine;
using System.Globalization;
using Tocsin.Core.Principals;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin user add|list|remove|key</c>: people and their credentials. Passwords must pass
/// <see cref="PasswordPolicy"/> and are stored only as PBKDF2 hashes; API keys only as SHA-256, optionally expiring
/// (<c>--expires</c>); a new key is printed once and never again. <c>list</c> shows each key's expiry and last use.</summary>
/// <remarks>The CLI acts with the authority of whoever can open the data directory, as a database's
/// own command-line tools do; the HTTP API checks principals on every request.</remarks>
public static class UserCommand
{
    /// <summary>The command group, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("user", "Manage users (analysts, approvers, watch officers, administrators)");
        command.Subcommands.Add(Add(console, clock));
        command.Subcommands.Add(List(console, clock));
        command.Subcommands.Add(Remove(console, clock));
        command.Subcommands.Add(Key(console, clock));
        command.Subcommands.Add(UserResetFactorCommand.Create(console, clock));
        command.Subcommands.Add(UserClearanceCommand.Create(console, clock));
        return command;
    }

    private static Command Add(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Login name" };
        var roles = new Option<string[]>("--role") { Description = "analyst, approver, watch-officer or admin (repeatable)", Arity = ArgumentArity.OneOrMore, Required = true, AllowMultipleArgumentsPerToken = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of generating an API key" };
        var expires = ExpiresOption();
        var data = CliOptions.Data();
        var command = new Command("add", "Add a user; prints a new API key unless --password-stdin is given") { name, roles, passwordStdin, expires, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var parsedRoles = new List<Role>();
            foreach (var text in parse.GetValue(roles)!)
            {
                var role = RoleNames.Parse(text);
                if (!role.IsSuccess)
                {
                    await console.Error.WriteLineAsync(role.Error.Message);
                    return ExitCodes.Failure;
                }

                parsedRoles.Add(role.Value);
            }

            string? passwordHash = null;
            if (parse.GetValue(passwordStdin))
            {
                var password = (await console.Input.ReadLineAsync(cancellationToken))?.TrimEnd('\r');
                if (string.IsNullOrEmpty(password))
                {
                    await console.Error.WriteLineAsync("no password on standard input");
                    return ExitCodes.Failure;
                }

                if (PasswordPolicy.Check(password) is { IsSuccess: false } refused)
                {
                    await console.Error.WriteLineAsync(refused.Error.Message);
                    return ExitCodes.Failure;
                }

                passwordHash = PasswordHasher.Hash(password);
            }

            var expiry = await ExpiryAsync(parse.GetValue(expires), clock, console);
            if (!expiry.IsSuccess)
            {
                return ExitCodes.Failure;
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var added = await store.AddPrincipalAsync(parse.GetValue(name)!, PrincipalKind.User, parsedRoles, passwordHash, cancellationToken);
            if (!added.IsSuccess)
            {
                await console.Error.WriteLineAsync(added.Error.Message);
                return ExitCodes.Failure;
            }

            await console.Out.WriteLineAsync($"added user {added.Value.Name} ({string.Join(", ", parsedRoles.Select(RoleNames.ToName))})");
            return passwordHash is null ? await IssueKeyAsync(store, added.Value, expiry.Value, console, cancellationToken) : ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console, TimeProvider clock)
    {
        var data = CliOptions.Data();
        var command = new Command("list", "List users and partners, each key below its holder with its expiry and last use") { data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var principals = await store.ListPrincipalsAsync(cancellationToken);
            if (principals.Count == 0)
            {
                await console.Error.WriteLineAsync("no users or partners yet; see: tocsin user add --help");
            }

            foreach (var principal in principals)
            {
                var roles = string.Join(",", principal.Roles.Select(RoleNames.ToName));
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{principal.Name}\t{principal.Kind.ToString().ToLowerInvariant()}\t{(roles.Length == 0 ? "-" : roles)}\t{principal.CreatedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}"));
                foreach (var key in await store.ListApiKeysAsync(principal.Id, cancellationToken))
                {
                    await console.Out.WriteLineAsync(KeyLine(key, clock.GetUtcNow()));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Login name" };
        var data = CliOptions.Data();
        var command = new Command("remove", "Remove a user with its keys and grants") { name, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var removed = await store.RemovePrincipalAsync(parse.GetValue(name)!, cancellationToken);
            if (!removed.IsSuccess)
            {
                await console.Error.WriteLineAsync(removed.Error.Message);
                return ExitCodes.Failure;
            }

            await console.Out.WriteLineAsync($"removed user {parse.GetValue(name)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Key(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Login name" };
        var expires = ExpiresOption();
        var data = CliOptions.Data();
        var command = new Command("key", "Issue a new API key for a user (printed once)") { name, expires, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var principal = await store.FindPrincipalAsync(parse.GetValue(name)!, cancellationToken);
            if (principal is null)
            {
                await console.Error.WriteLineAsync($"no user named '{parse.GetValue(name)}'");
                return ExitCodes.Failure;
            }

            var expiry = await ExpiryAsync(parse.GetValue(expires), clock, console);
            return expiry.IsSuccess ? await IssueKeyAsync(store, principal, expiry.Value, console, cancellationToken) : ExitCodes.Failure;
        });
        return command;
    }

    private static Option<string> ExpiresOption() => new("--expires")
    {
        Description = "When the API key stops working: an instant (2025-06-30T00:00:00Z) or a duration (90d, 12h, 30m); never by default",
        HelpName = "TIME",
    };

    private static async Task<Core.Result<DateTimeOffset?>> ExpiryAsync(string? text, TimeProvider clock, CliConsole console)
    {
        if (text is null)
        {
            return (DateTimeOffset?)null;
        }

        var parsed = KeyExpiry.Parse(text, clock.GetUtcNow());
        if (!parsed.IsSuccess)
        {
            await console.Error.WriteLineAsync(parsed.Error.Message);
            return parsed.Error;
        }

        return (DateTimeOffset?)parsed.Value;
    }

    private static string KeyLine(ApiKeyInfo key, DateTimeOffset now)
    {
        var state = key.RevokedAt is { } revoked ? $"\trevoked {Time(revoked)}" : key.ExpiresAt <= now ? "\texpired" : string.Empty;
        return $"  key {key.KeyId}\tcreated {Time(key.CreatedAt)}\texpires {(key.ExpiresAt is { } e ? Time(e) : "never")}\tlast used {(key.LastUsedAt is { } u ? Time(u) : "never")}{state}";
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task<int> IssueKeyAsync(ITocsinStore store, Principal principal, DateTimeOffset? expiresAt, CliConsole console, CancellationToken cancellationToken)
    {
        var key = ApiKey.Generate();
        var stored = await store.AddApiKeyAsync(principal.Id, key, null, expiresAt, cancellationToken);
        if (!stored.IsSuccess)
        {
            await console.Error.WriteLineAsync(stored.Error.Message);
            return ExitCodes.Failure;
        }

        if (expiresAt is { } expiry)
        {
            await console.Out.WriteLineAsync($"api key expires {Time(expiry)}");
        }

        await console.Out.WriteLineAsync($"api key (shown once, store it now): {key.Plaintext}");
        return ExitCodes.Success;
    }
}
