using System.CommandLine;
using Tocsin.Cli.Parsing;
using Tocsin.Core;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Server.Plan;
using Tocsin.Server.Postures;

namespace Tocsin.Cli.Commands;

/// <summary>The read-only <c>tocsin posture</c> commands: <c>list</c>, <c>show ID</c>, <c>in-force TERRITORY</c> and
/// <c>history TERRITORY</c>, on the live track. The CLI runs with the data directory's authority, so restricted
/// measures are listed too unless <c>--public</c> is given.</summary>
internal static class PostureQueries
{
    public static Command List(CliConsole console, TimeProvider clock)
    {
        var scheme = new Option<string>("--scheme") { Description = "Scheme id (every scheme when omitted)" };
        var data = CliOptions.Data();
        var command = new Command("list", "List postures in the order they were proposed") { scheme, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            using var postures = new PlanPostures(store, PlanCatalogue.Default, clock);
            foreach (var p in await postures.ListAsync(parse.GetValue(scheme), cancellationToken))
            {
                await console.Out.WriteLineAsync($"{p.Id:D} {p.Status.ToString().ToLowerInvariant()}{(p.IsExercise ? " [EXERCISE]" : string.Empty)} " +
                    $"{p.SchemeId} {p.LevelKey} {LevelText.Time(p.StartsAt)}..{LevelText.Time(p.EndsAt)} {p.TitleIn("fr")}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Show(CliConsole console, TimeProvider clock)
    {
        var id = CliValues.Id("ID", "posture id", "Posture id");
        var data = CliOptions.Data();
        var command = new Command("show", "Show a posture: its measures, state and events") { id, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            using var postures = new PlanPostures(store, PlanCatalogue.Default, clock);
            if (await postures.FindAsync(parse.GetValue(id), cancellationToken) is not { } p)
            {
                return await LevelText.FailAsync(console, Storage.Plan.PostureStoreErrors.PostureNotFound(parse.GetValue(id)));
            }

            var names = await postures.PrincipalNamesAsync(cancellationToken);
            var o = console.Out;
            await o.WriteLineAsync($"posture {p.Id:D}{(p.IsExercise ? " [EXERCISE]" : string.Empty)}: {string.Join(" / ", p.Titles.Values)}");
            await o.WriteLineAsync($"  {p.SchemeId} {p.LevelKey} on {string.Join(' ', p.TerritoryIds)}; status {p.Status.ToString().ToLowerInvariant()}");
            await o.WriteLineAsync($"  from {LevelText.Time(p.StartsAt)} until {LevelText.Time(p.EndsAt)}");
            await o.WriteLineAsync($"  authority: {p.Authority}");
            await o.WriteLineAsync($"  rationale: {p.Rationale}");
            foreach (var m in p.Measures)
            {
                await o.WriteLineAsync($"  measure {m.MeasureId} on {string.Join(' ', m.TerritoryIds)}" +
                    (m.From is null && m.Until is null ? string.Empty : $" from {LevelText.Time(m.From ?? p.StartsAt)} until {LevelText.Time(m.Until ?? p.EndsAt)}"));
            }

            foreach (var e in p.Events)
            {
                await o.WriteLineAsync($"  {LevelText.Time(e.At)} {DecisionView.KindOf(e.Kind)} by {names.GetValueOrDefault(e.PrincipalId, e.PrincipalId.ToString("D"))}{(e.Note is null ? string.Empty : ": " + e.Note)}");
            }

            if (p.PendingCancellation is { } pending)
            {
                await o.WriteLineAsync($"  cancellation pending, proposed by {names.GetValueOrDefault(pending.ProposedBy, pending.ProposedBy.ToString("D"))}; waiting for a second approver");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command InForce(CliConsole console, TimeProvider clock)
    {
        var territory = new Argument<string>("TERRITORY") { Description = "Territory id, e.g. FRA-D75" };
        var time = new Option<string>("--time") { Description = "When (RFC 3339; default now)" };
        var publicOnly = new Option<bool>("--public") { Description = "Only the public measures, as the public page shows them" };
        var data = CliOptions.Data();
        var command = new Command("in-force", "The posture in force on a territory and the measures applying there") { territory, time, publicOnly, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var at = LevelText.OptionalTime(parse.GetValue(time));
            if (!at.IsSuccess)
            {
                return await LevelText.FailAsync(console, at.Error);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            using var postures = new PlanPostures(store, PlanCatalogue.Default, clock);
            var id = parse.GetValue(territory)!;
            if (postures.SchemeOf(id) is not { } scheme)
            {
                return await LevelText.FailAsync(console, new Error("unknown-territory", $"There is no territory '{id}'."));
            }

            var state = (await postures.StateAsync(scheme.Id, DecisionTrack.Live, cancellationToken))!;
            var inForce = state.MeasuresInForce(id, at.Value ?? clock.GetUtcNow(), parse.GetValue(publicOnly));
            if (!inForce.IsSuccess)
            {
                return await LevelText.FailAsync(console, inForce.Error);
            }

            var v = inForce.Value;
            await console.Out.WriteLineAsync(v.Posture is { } p
                ? $"posture {p.Id:D} ({p.TitleIn(scheme.Languages[0])}), level {v.LevelKey}"
                : $"no posture: the default measures of level {v.LevelKey}");
            foreach (var m in v.Measures)
            {
                await console.Out.WriteLineAsync($"  {m.Id}{(m.IsPublic ? string.Empty : " [restricted]")} {m.Titles.GetValueOrDefault(scheme.Languages[0])}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command History(CliConsole console, TimeProvider clock)
    {
        var territory = new Argument<string>("TERRITORY") { Description = "Territory id, e.g. FRA-D75" };
        var from = new Option<string>("--from") { Description = "Start (RFC 3339; default a year before the end)" };
        var to = new Option<string>("--to") { Description = "End (RFC 3339; default now)" };
        var data = CliOptions.Data();
        var command = new Command("history", "The postures of a territory over time") { territory, from, to, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (start, end) = (LevelText.OptionalTime(parse.GetValue(from)), LevelText.OptionalTime(parse.GetValue(to)));
            if ((start.Error ?? end.Error) is { } bad)
            {
                return await LevelText.FailAsync(console, bad);
            }

            await using var store = await CliStore.OpenAsync(parse.GetValue(data)!, clock, cancellationToken);
            using var postures = new PlanPostures(store, PlanCatalogue.Default, clock);
            var id = parse.GetValue(territory)!;
            if (postures.SchemeOf(id) is not { } scheme)
            {
                return await LevelText.FailAsync(console, new Error("unknown-territory", $"There is no territory '{id}'."));
            }

            var state = (await postures.StateAsync(scheme.Id, DecisionTrack.Live, cancellationToken))!;
            var until = end.Value ?? clock.GetUtcNow();
            var timeline = state.Timeline(id, start.Value ?? until.AddYears(-1), until);
            if (!timeline.IsSuccess)
            {
                return await LevelText.FailAsync(console, timeline.Error);
            }

            var titles = state.Periods.ToDictionary(p => p.Posture.Id, p => p.Posture.TitleIn(scheme.Languages[0]));
            foreach (var s in timeline.Value)
            {
                await console.Out.WriteLineAsync($"{LevelText.Time(s.Start)} {LevelText.Time(s.End)} " +
                    (s.PostureId is { } p ? $"posture {p:D} ({titles[p]})" : "no posture (level default)"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
