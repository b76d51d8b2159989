using System.CommandLine;
using Tocsin.Cli.Parsing;
using Tocsin.Core;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Server.Plan;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary>The read-only <c>tocsin level</c> commands: <c>show ID</c>, <c>history TERRITORY</c> and
/// <c>at TERRITORY [--time TIME]</c>. Exercises are shown marked; history and at read the live track
/// unless <c>--exercise</c> is given.</summary>
internal static class LevelQueries
{
    public static Command Show(CliConsole console, TimeProvider clock)
    {
        var id = CliValues.Id("ID", "decision id", "Decision id");
        var data = CliOptions.Data();
        var command = new Command("show", "Show a decision: its state, events, evidence and messages") { id, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            using var plan = new PlanDecisions(store, PlanCatalogue.Default, new PublicationSettings(), clock);
            if (await plan.FindAsync(parse.GetValue(id), cancellationToken) is not { } d)
            {
                return await LevelText.FailAsync(console, new Error("decision-not-found", $"There is no decision {parse.GetValue(id):D}."));
            }

            var names = await plan.PrincipalNamesAsync(cancellationToken);
            var o = console.Out;
            await o.WriteLineAsync($"decision {d.Id:D}{(d.IsExercise ? " [EXERCISE]" : string.Empty)}");
            await o.WriteLineAsync($"  {d.SchemeId} {d.LevelKey} on {string.Join(' ', d.TerritoryIds)}; status {d.Status.ToString().ToLowerInvariant()}");
            await o.WriteLineAsync($"  effective {LevelText.Time(d.EffectiveAt)}, review by {LevelText.Time(d.ReviewBy)}, expires {LevelText.Time(d.ExpiresAt)}");
            await o.WriteLineAsync($"  authority: {d.Authority}");
            await o.WriteLineAsync($"  rationale: {d.Rationale}");
            foreach (var superseded in d.Supersedes)
            {
                await o.WriteLineAsync($"  supersedes {superseded:D}");
            }

            foreach (var evidence in d.Evidence)
            {
                await o.WriteLineAsync($"  evidence {evidence.StixId} graded {evidence.Grade}");
            }

            foreach (var e in d.Events)
            {
                await o.WriteLineAsync($"  {LevelText.Time(e.At)} {DecisionView.KindOf(e.Kind)} by {names.GetValueOrDefault(e.PrincipalId, e.PrincipalId.ToString("D"))}{(e.Note is null ? string.Empty : ": " + e.Note)}");
            }

            if (d.PendingCancellation is { } pending)
            {
                await o.WriteLineAsync($"  cancellation pending, proposed by {names.GetValueOrDefault(pending.ProposedBy, pending.ProposedBy.ToString("D"))}, " +
                    $"to take effect {(pending.EffectiveAt is { } from ? LevelText.Time(from) : "on approval")}; waiting for a second approver");
            }

            foreach (var message in await plan.MessagesOfAsync(d.Id, cancellationToken))
            {
                await o.WriteLineAsync($"  message {message.Identifier} ({message.MsgType}, {message.Status})");
            }

            await WriteWarningsAsync(console, store, plan, clock, d, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    // A proposal awaiting approval: what approving it now would not change, end or leave in force, as the preview
    // the decision room shows gives it.
    private static async Task WriteWarningsAsync(CliConsole console, ITocsinStore store, PlanDecisions plan, TimeProvider clock, Decision decision,
        CancellationToken cancellationToken)
    {
        if (decision.Status != DecisionStatus.Proposed
            || await new DecisionPreviews(store, plan, clock).OfPendingAsync(decision.Id, cancellationToken) is not { IsSuccess: true } preview)
        {
            return;
        }

        foreach (var warning in preview.Value.Warnings)
        {
            await console.Out.WriteLineAsync($"  warning {warning.Code} on {warning.Territory}: {warning.Message}");
        }
    }

    public static Command History(CliConsole console, TimeProvider clock)
    {
        var territory = new Argument<string>("TERRITORY") { Description = "Territory id, e.g. FRA-D75" };
        var scheme = new Option<string>("--scheme") { Description = "Scheme id", DefaultValueFactory = _ => "vigipirate" };
        var from = new Option<string>("--from") { Description = "Start (RFC 3339; default the first decision)" };
        var exercise = new Option<bool>("--exercise") { Description = "The exercise timeline instead of the live one" };
        var data = CliOptions.Data();
        var command = new Command("history", "The levels of a territory over time") { territory, scheme, from, exercise, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var start = LevelText.OptionalTime(parse.GetValue(from));
            if (!start.IsSuccess)
            {
                return await LevelText.FailAsync(console, start.Error);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            using var plan = new PlanDecisions(store, PlanCatalogue.Default, new PublicationSettings(), clock);
            var state = await plan.StateAsync(parse.GetValue(scheme)!, parse.GetValue(exercise) ? DecisionTrack.Exercise : DecisionTrack.Live, cancellationToken);
            if (state is null)
            {
                return await LevelText.FailAsync(console, DecisionErrors.UnknownScheme(parse.GetValue(scheme)!));
            }

            var now = plan.Now();
            var first = start.Value ?? (state.Periods.Count > 0 ? state.Periods[0].Start.AddDays(-1) : now.AddYears(-1));
            var timeline = state.Timeline(parse.GetValue(territory)!, first, now.AddTicks(1));
            if (!timeline.IsSuccess)
            {
                return await LevelText.FailAsync(console, timeline.Error);
            }

            foreach (var segment in timeline.Value)
            {
                await console.Out.WriteLineAsync($"{LevelText.Time(segment.Start)}  {segment.Level.Key,-36} {segment.DecisionId?.ToString("D") ?? "(baseline)"}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command At(CliConsole console, TimeProvider clock)
    {
        var territory = new Argument<string>("TERRITORY") { Description = "Territory id, e.g. FRA-D75" };
        var scheme = new Option<string>("--scheme") { Description = "Scheme id", DefaultValueFactory = _ => "vigipirate" };
        var time = new Option<string>("--time") { Description = "Instant (RFC 3339; default now)" };
        var data = CliOptions.Data();
        var command = new Command("at", "The level in force on a territory at an instant") { territory, scheme, time, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var at = LevelText.OptionalTime(parse.GetValue(time));
            if (!at.IsSuccess)
            {
                return await LevelText.FailAsync(console, at.Error);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            using var plan = new PlanDecisions(store, PlanCatalogue.Default, new PublicationSettings(), clock);
            var state = await plan.StateAsync(parse.GetValue(scheme)!, DecisionTrack.Live, cancellationToken);
            if (state is null)
            {
                return await LevelText.FailAsync(console, DecisionErrors.UnknownScheme(parse.GetValue(scheme)!));
            }

            var level = state.LevelInForce(parse.GetValue(territory)!, at.Value ?? plan.Now());
            if (!level.IsSuccess)
            {
                return await LevelText.FailAsync(console, level.Error);
            }

            await console.Out.WriteLineAsync($"{level.Value.Level.Key} ({level.Value.Decision?.Id.ToString("D") ?? "baseline"})");
            return ExitCodes.Success;
        });
        return command;
    }
}
