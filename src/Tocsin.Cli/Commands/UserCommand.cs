using System.CommandLine;
using System.Globalization;
using Tocsin.Core.Principals;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin user add|list|remove|key</c>: people and their credentials. Passwords are stored
/// only as PBKDF2 hashes, API keys only as SHA-256; a new key is printed once and never again.</summary>
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
        return command;
    }

    private static Command Add(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Login name" };
        var roles = new Option<string[]>("--role") { Description = "analyst, approver, watch-officer or admin (repeatable)", Arity = ArgumentArity.OneOrMore, Required = true, AllowMultipleArgumentsPerToken = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of generating an API key" };
        var data = CliOptions.Data();
        var command = new Command("add", "Add a user; prints a new API key unless --password-stdin is given") { name, roles, passwordStdin, data };
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

                passwordHash = PasswordHasher.Hash(password);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var added = await store.AddPrincipalAsync(parse.GetValue(name)!, PrincipalKind.User, parsedRoles, passwordHash, cancellationToken);
            if (!added.IsSuccess)
            {
                await console.Error.WriteLineAsync(added.Error.Message);
                return ExitCodes.Failure;
            }

            await console.Out.WriteLineAsync($"added user {added.Value.Name} ({string.Join(", ", parsedRoles.Select(RoleNames.ToName))})");
            return passwordHash is null ? await IssueKeyAsync(store, added.Value, console, cancellationToken) : ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console, TimeProvider clock)
    {
        var data = CliOptions.Data();
        var command = new Command("list", "List users and partners") { data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            foreach (var principal in await store.ListPrincipalsAsync(cancellationToken))
            {
                var roles = string.Join(",", principal.Roles.Select(RoleNames.ToName));
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{principal.Name}\t{principal.Kind.ToString().ToLowerInvariant()}\t{(roles.Length == 0 ? "-" : roles)}\t{principal.CreatedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}"));
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
        var data = CliOptions.Data();
        var command = new Command("key", "Issue a new API key for a user (printed once)") { name, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var principal = await store.FindPrincipalAsync(parse.GetValue(name)!, cancellationToken);
            if (principal is null)
            {
                await console.Error.WriteLineAsync($"no user named '{parse.GetValue(name)}'");
                return ExitCodes.Failure;
            }

            return await IssueKeyAsync(store, principal, console, cancellationToken);
        });
        return command;
    }

    private static async Task<int> IssueKeyAsync(ITocsinStore store, Principal principal, CliConsole console, CancellationToken cancellationToken)
    {
        var key = ApiKey.Generate();
        var stored = await store.AddApiKeyAsync(principal.Id, key, null, cancellationToken);
        if (!stored.IsSuccess)
        {
            await console.Error.WriteLineAsync(stored.Error.Message);
            return ExitCodes.Failure;
        }

        await console.Out.WriteLineAsync($"api key (shown once, store it now): {key.Plaintext}");
        return ExitCodes.Success;
    }
}
