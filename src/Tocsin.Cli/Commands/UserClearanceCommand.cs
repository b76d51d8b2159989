using System.CommandLine;
using Tocsin.Core;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Classification;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin user clearance NAME [--level L] [--compartment X…] [--revoke]</c>: shows, grants, changes or
/// revokes a staff member's clearance (docs/classification.md), audited as <c>clearance.change</c>.</summary>
public static class UserClearanceCommand
{
    /// <summary>The subcommand, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "Login name of a staff member" };
        var level = new Option<string?>("--level") { Description = "A level of the scale, e.g. SECRET" };
        var compartments = new Option<string[]>("--compartment") { Description = "A compartment they are read into (repeatable; existing compartments only)", AllowMultipleArgumentsPerToken = true };
        var revoke = new Option<bool>("--revoke") { Description = "Back to the lowest level and no compartment" };
        var data = CliOptions.Data();
        var command = new Command("clearance", "Show, grant or revoke a staff member's clearance (level and compartments)") { name, level, compartments, revoke, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var national = CliClassification.National();
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            var principal = await store.FindPrincipalAsync(parse.GetValue(name)!, cancellationToken);
            if (principal is null)
            {
                return await FailAsync(console, StoreErrors.PrincipalNotFound(parse.GetValue(name)!));
            }

            if (principal.Kind != PrincipalKind.User)
            {
                return await FailAsync(console, ClassificationErrors.NotAStaffMember(principal.Name));
            }

            StoredClearance? stored;
            if (parse.GetValue(revoke) || parse.GetValue(level) is not null)
            {
                var wanted = parse.GetValue(revoke) ? Result<Clearance>.Success(Clearance.Lowest(national.Scale))
                    : await ClearanceChecks.CheckAsync(store, parse.GetValue(level), parse.GetValue(compartments) ?? [], national.Scale,
                        await MarkingCommand.OursAsync(store, CliClassification.OrganisationIdentityId(), cancellationToken), cancellationToken);
                if (!wanted.IsSuccess)
                {
                    return await FailAsync(console, wanted.Error);
                }

                var set = await store.Classification.SetClearanceAsync(principal.Id, wanted.Value, cancellationToken);
                if (!set.IsSuccess)
                {
                    return await FailAsync(console, set.Error);
                }

                stored = set.Value;
            }
            else
            {
                stored = await store.Classification.FindClearanceAsync(principal.Id, cancellationToken);
            }

            var clearance = stored?.Clearance ?? Clearance.Lowest(national.Scale);
            await console.Out.WriteLineAsync($"name\t{principal.Name}\nlevel\t{clearance.Level}\ncompartments\t{string.Join(", ", clearance.Compartments)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> FailAsync(CliConsole console, Error error)
    {
        await console.Error.WriteLineAsync($"{error.Code}: {error.Message}");
        return ExitCodes.Failure;
    }
}
