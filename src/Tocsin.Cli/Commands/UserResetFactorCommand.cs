using System.CommandLine;
using Tocsin.Core.Principals;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin user reset-factor NAME</c>: an administrator's reset of a user's second factors (a lost
/// authenticator and lost recovery codes). Every TOTP secret, passkey and recovery code of the user is removed,
/// audited; a user whose roles require a factor enrols again at the next sign-in.</summary>
public static class UserResetFactorCommand
{
    /// <summary>The subcommand, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Login name" };
        var data = CliOptions.Data();
        var command = new Command("reset-factor", "Remove a user's second factors and recovery codes (they enrol again at next sign-in)") { name, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var principal = await store.FindPrincipalAsync(parse.GetValue(name)!, cancellationToken);
            if (principal is not { Kind: PrincipalKind.User })
            {
                await console.Error.WriteLineAsync($"no user named '{parse.GetValue(name)}'");
                return ExitCodes.Failure;
            }

            var removed = await store.SecondFactors.ResetAsync(principal.Id, cancellationToken);
            await console.Out.WriteLineAsync(removed
                ? $"reset the second factors of {principal.Name}"
                : $"{principal.Name} held no second factor; nothing changed");
            return ExitCodes.Success;
        });
        return command;
    }
}
