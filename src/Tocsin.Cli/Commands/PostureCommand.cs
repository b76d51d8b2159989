using System.CommandLine;
using System.Text.Json;
using Tocsin.Cli.Parsing;
using Tocsin.Core;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Postures;
using Tocsin.Server.Postures;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin posture propose|approve|reject|withdraw|cancel|approve-cancel|reject-cancel|withdraw-cancel|list|show|in-force|history</c>:
/// protective postures from the command line, through the same rules and the same audited write as the HTTP API.</summary>
/// <remarks>The CLI acts as the principal named by <c>--as NAME</c>; the two-person rule applies to that principal as
/// over HTTP. <c>propose</c> reads the body of <c>POST /api/v1/postures</c> from a file (docs/postures.md).</remarks>
public static class PostureCommand
{
    /// <summary>The command group.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("posture", "Propose, approve, reject, cancel and inspect protective postures");
        command.Subcommands.Add(Propose(console, clock));
        command.Subcommands.Add(Transition(console, clock, "approve", "Approve a proposed posture"));
        command.Subcommands.Add(Transition(console, clock, "reject", "Reject a proposed posture"));
        command.Subcommands.Add(Transition(console, clock, "withdraw", "Withdraw a posture you proposed that was never approved"));
        command.Subcommands.Add(Transition(console, clock, "cancel", "Propose to cancel an approved posture; a second approver must approve it"));
        command.Subcommands.Add(Transition(console, clock, "approve-cancel", "Approve a proposed cancellation"));
        command.Subcommands.Add(Transition(console, clock, "reject-cancel", "Reject a proposed cancellation; the posture stays in force"));
        command.Subcommands.Add(Transition(console, clock, "withdraw-cancel", "Withdraw the cancellation you proposed"));
        command.Subcommands.Add(PostureQueries.List(console, clock));
        command.Subcommands.Add(PostureQueries.Show(console, clock));
        command.Subcommands.Add(PostureQueries.InForce(console, clock));
        command.Subcommands.Add(PostureQueries.History(console, clock));
        return command;
    }

    private static Command Propose(CliConsole console, TimeProvider clock)
    {
        var file = new Argument<string>("FILE") { Description = "JSON proposal, the body of POST /api/v1/postures" };
        var principal = LevelCommand.As();
        var fromLevel = new Option<bool>("--from-level")
        {
            Description = "Take the measures from the level's default list, each on every territory of the posture (the file's measures are then ignored)",
        };
        var data = CliOptions.Data();
        var command = new Command("propose", "Propose a posture") { file, principal, fromLevel, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var read = await ReadAsync(parse.GetValue(file)!, cancellationToken);
            if (!read.IsSuccess)
            {
                return await LevelText.FailAsync(console, read.Error);
            }

            var proposal = read.Value;
            if (parse.GetValue(fromLevel))
            {
                // An unknown scheme or level leaves no measures; the rules then name what is wrong.
                IReadOnlyList<Measure> defaults = [];
                if (PlanCatalogue.Default.FindScheme(proposal.SchemeId) is not null && PlanCatalogue.Default.MeasuresOf(proposal.SchemeId).ActiveAt(proposal.LevelKey) is { IsSuccess: true } found)
                {
                    defaults = found.Value;
                }

                proposal = proposal with { Measures = [.. defaults.Select(m => new PostureMeasure(m.Id, proposal.TerritoryIds))] };
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            using var postures = new PlanPostures(store, PlanCatalogue.Default, clock);
            var proposed = await postures.ProposeAsync(proposal, parse.GetValue(principal)!, cancellationToken);
            if (!proposed.IsSuccess)
            {
                return await LevelText.FailAsync(console, proposed.Error);
            }

            await console.Out.WriteLineAsync($"proposed {proposed.Value.Id:D} with {proposed.Value.Measures.Count} measures");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<Result<PostureProposal>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var opened = InputFile.OpenRead(path);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        await using var stream = opened.Value;
        try
        {
            var request = await JsonSerializer.DeserializeAsync<PostureRequest>(stream, JsonSerializerOptions.Web, cancellationToken);
            if (request?.StartsAt is null)
            {
                return new Error("starts-at-required", $"{path}: the field startsAt is required, e.g. \"startsAt\": \"2026-06-01T00:00:00Z\".");
            }

            return request.ToProposal();
        }
        catch (JsonException e)
        {
            return new Error("invalid-json", $"{path}: {(e.Path is null ? string.Empty : e.Path + ": ")}not a posture proposal ({e.Message.Split('.')[0]}).");
        }
    }

    private static Command Transition(CliConsole console, TimeProvider clock, string action, string description)
    {
        var id = CliValues.Id("ID", "posture id", "Posture id");
        var principal = LevelCommand.As();
        var reason = new Option<string>("--reason") { Description = "Why (reject, cancel and reject-cancel)" };
        var at = new Option<string>("--at") { Description = "When the cancellation takes effect (RFC 3339; default on approval)" };
        var data = CliOptions.Data();
        var command = new Command(action, description) { id, principal, data };
        if (action is "reject" or "cancel" or "reject-cancel")
        {
            command.Options.Add(reason);
        }

        if (action == "cancel")
        {
            command.Options.Add(at);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var when = LevelText.OptionalTime(parse.GetValue(at));
            if (!when.IsSuccess)
            {
                return await LevelText.FailAsync(console, when.Error);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            using var postures = new PlanPostures(store, PlanCatalogue.Default, clock);
            var (posture, name, text) = (parse.GetValue(id), parse.GetValue(principal)!, parse.GetValue(reason));
            var result = action switch
            {
                "approve" => await postures.ApproveAsync(posture, name, cancellationToken),
                "reject" => await postures.RejectAsync(posture, name, text, cancellationToken),
                "withdraw" => await postures.WithdrawAsync(posture, name, cancellationToken),
                "cancel" => await postures.ProposeCancellationAsync(posture, name, text, when.Value, cancellationToken),
                "approve-cancel" => await postures.ApproveCancellationAsync(posture, name, cancellationToken),
                "reject-cancel" => await postures.RejectCancellationAsync(posture, name, text, cancellationToken),
                _ => await postures.WithdrawCancellationAsync(posture, name, cancellationToken),
            };
            if (!result.IsSuccess)
            {
                return await LevelText.FailAsync(console, result.Error);
            }

            await console.Out.WriteLineAsync(action switch
            {
                "cancel" => $"cancellation proposed {posture:D}; it takes effect when another approver runs: tocsin posture approve-cancel {posture:D} --as NAME",
                "reject-cancel" => $"cancellation rejected {posture:D}; the posture stays in force",
                "withdraw-cancel" => $"cancellation withdrawn {posture:D}; the posture stays in force",
                _ => $"{result.Value.Status.ToString().ToLowerInvariant()} {posture:D}",
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
