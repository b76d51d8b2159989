using System.CommandLine;
using Tocsin.Cli.Parsing;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Stix.Extensions;
using Tocsin.Server.Plan;
using Tocsin.Server.Signing;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin level propose|approve|reject|withdraw|cancel|approve-cancel|reject-cancel|withdraw-cancel|show|history|at</c>: alert-plan decisions from the
/// command line, through the same rules and the same atomic write (decision, event, CAP message) as the
/// HTTP API.</summary>
/// <remarks>The CLI runs with the data directory's authority and acts as the principal named by
/// <c>--as NAME</c>: the rules still apply to that principal (an approver must hold the approver role and
/// differ from the proposer; a cancellation is proposed by one principal and approved by another). Messages are written with the default publication settings.</remarks>
public static class LevelCommand
{
    /// <summary>The command group.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var command = new Command("level", "Propose, approve, reject, cancel and inspect threat-level decisions");
        command.Subcommands.Add(Propose(console, clock));
        command.Subcommands.Add(Transition(console, clock, "approve", "Approve a proposed decision and publish its CAP message"));
        command.Subcommands.Add(Transition(console, clock, "reject", "Reject a proposed decision"));
        command.Subcommands.Add(Transition(console, clock, "withdraw", "Withdraw a decision you proposed that was never approved"));
        command.Subcommands.Add(Transition(console, clock, "cancel", "Propose to cancel an approved decision; a second approver must approve it"));
        command.Subcommands.Add(Transition(console, clock, "approve-cancel", "Approve a proposed cancellation and publish the CAP Cancel"));
        command.Subcommands.Add(Transition(console, clock, "reject-cancel", "Reject a proposed cancellation; the decision stays in force"));
        command.Subcommands.Add(Transition(console, clock, "withdraw-cancel", "Withdraw the cancellation you proposed"));
        command.Subcommands.Add(LevelQueries.Show(console, clock));
        command.Subcommands.Add(LevelQueries.History(console, clock));
        command.Subcommands.Add(LevelQueries.At(console, clock));
        return command;
    }

    /// <summary><c>--as NAME</c>: the principal the command acts as.</summary>
    internal static Option<string> As() => new("--as") { Description = "Principal to act as", Required = true, HelpName = "NAME" };

    private static Command Propose(CliConsole console, TimeProvider clock)
    {
        var principal = As();
        var scheme = new Option<string>("--scheme") { Description = "Scheme id", DefaultValueFactory = _ => "vigipirate" };
        var level = new Option<string>("--level") { Description = "Level key", Required = true };
        var territories = new Option<string[]>("--territory") { Description = "Territory id (repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };
        var effective = new Option<string>("--effective") { Description = "Effective time (RFC 3339; default now)" };
        var reviewBy = new Option<string>("--review-by") { Description = "Review-by time (RFC 3339)" };
        var expires = new Option<string>("--expires") { Description = "Expiry (RFC 3339)" };
        var authority = new Option<string>("--authority") { Description = "Who decides, as published", Required = true };
        var rationale = new Option<string>("--rationale") { Description = "Why, as published, in the scheme's main language", Required = true };
        var translations = new Option<string[]>("--rationale-translation")
        {
            Description = "LANG=TEXT: the rationale in another language of the scheme, e.g. en=\"…\" (repeatable); a language without one gets none",
        };
        var supersedes = new Option<string[]>("--supersedes") { Description = "Id of a superseded decision (repeatable)", AllowMultipleArgumentsPerToken = true };
        var evidence = new Option<string[]>("--evidence") { Description = "STIXID:GRADE, e.g. report--…:B2 (repeatable)", AllowMultipleArgumentsPerToken = true };
        var exercise = new Option<bool>("--exercise") { Description = "An exercise: never the level in force, never on the public feed" };
        var data = CliOptions.Data();
        var command = new Command("propose", "Propose a decision") { principal, scheme, level, territories, effective, reviewBy, expires, authority, rationale, translations, supersedes, evidence, exercise, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var times = LevelText.Times(clock, parse.GetValue(effective), parse.GetValue(reviewBy), parse.GetValue(expires));
            var ids = LevelText.Ids(parse.GetValue(supersedes) ?? []);
            var graded = new List<DecisionEvidence>();
            foreach (var item in parse.GetValue(evidence) ?? [])
            {
                var colon = item.LastIndexOf(':');
                var grade = AdmiraltyGrade.Parse(colon < 0 ? null : item[(colon + 1)..]);
                if (!grade.IsSuccess)
                {
                    return await LevelText.FailAsync(console, grade.Error);
                }

                graded.Add(new DecisionEvidence(item[..colon], grade.Value));
            }

            var translated = LevelText.Translations(parse.GetValue(translations) ?? []);
            if ((times.Error ?? ids.Error ?? translated.Error) is { } bad)
            {
                return await LevelText.FailAsync(console, bad);
            }

            var proposal = new DecisionProposal
            {
                SchemeId = parse.GetValue(scheme)!,
                LevelKey = parse.GetValue(level)!,
                TerritoryIds = parse.GetValue(territories)!,
                EffectiveAt = times.Value.Effective,
                ReviewBy = times.Value.ReviewBy,
                ExpiresAt = times.Value.Expires,
                Authority = parse.GetValue(authority)!,
                Rationale = parse.GetValue(rationale)!,
                RationaleTranslations = translated.Value,
                Supersedes = ids.Value,
                Evidence = graded,
                IsExercise = parse.GetValue(exercise),
            };
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            // Signed with the data directory's key set, as the server signs what it publishes.
            using var plan = new PlanDecisions(store, PlanCatalogue.Default, new PublicationSettings(), clock, ServerSigner.Open(parse.GetValue(data)!, clock));
            var proposed = await plan.ProposeAsync(proposal, parse.GetValue(principal)!, cancellationToken);
            if (!proposed.IsSuccess)
            {
                return await LevelText.FailAsync(console, proposed.Error);
            }

            await console.Out.WriteLineAsync($"proposed {proposed.Value.Id:D}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Transition(CliConsole console, TimeProvider clock, string action, string description)
    {
        var id = CliValues.Id("ID", "decision id", "Decision id");
        var principal = As();
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
            // Signed with the data directory's key set, as the server signs what it publishes.
            using var plan = new PlanDecisions(store, PlanCatalogue.Default, new PublicationSettings(), clock, ServerSigner.Open(parse.GetValue(data)!, clock));
            var name = parse.GetValue(principal)!;
            var text = parse.GetValue(reason) ?? string.Empty;
            var result = action switch
            {
                "approve" => await plan.ApproveAsync(parse.GetValue(id), name, cancellationToken),
                "reject" => await plan.RejectAsync(parse.GetValue(id), name, text, cancellationToken),
                "withdraw" => await plan.WithdrawAsync(parse.GetValue(id), name, cancellationToken),
                "cancel" => await plan.ProposeCancellationAsync(parse.GetValue(id), name, text, when.Value, cancellationToken),
                "approve-cancel" => await plan.ApproveCancellationAsync(parse.GetValue(id), name, cancellationToken),
                "reject-cancel" => await plan.RejectCancellationAsync(parse.GetValue(id), name, text, cancellationToken),
                _ => await plan.WithdrawCancellationAsync(parse.GetValue(id), name, cancellationToken),
            };
            if (!result.IsSuccess)
            {
                return await LevelText.FailAsync(console, result.Error);
            }

            await console.Out.WriteLineAsync(await OutcomeAsync(plan, action, result.Value, cancellationToken));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<string> OutcomeAsync(PlanDecisions plan, string action, Decision decision, CancellationToken cancellationToken)
    {
        if (action is "approve" or "approve-cancel")
        {
            var messages = await plan.MessagesOfAsync(decision.Id, cancellationToken);
            return $"{decision.Status.ToString().ToLowerInvariant()} {decision.Id:D}; published {messages[^1].Identifier}";
        }

        return action switch
        {
            "cancel" => $"cancellation proposed {decision.Id:D}; it takes effect when another approver runs: tocsin level approve-cancel {decision.Id:D} --as NAME",
            "reject-cancel" => $"cancellation rejected {decision.Id:D}; the decision stays in force",
            "withdraw-cancel" => $"cancellation withdrawn {decision.Id:D}; the decision stays in force",
            _ => $"{decision.Status.ToString().ToLowerInvariant()} {decision.Id:D}",
        };
    }
}
