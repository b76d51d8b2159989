using System.Globalization;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Postures;
using Tocsin.Server.Plan;

namespace Tocsin.Server.Postures;

/// <summary>A posture as the API and the decision room show it: the proposal with each measure's catalogue entry,
/// its state, who did what and when.</summary>
public sealed record PostureView(
    Guid Id,
    string Scheme,
    IReadOnlyDictionary<string, string> Titles,
    string Level,
    IReadOnlyDictionary<string, string> LevelNames,
    IReadOnlyList<string> Territories,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    IReadOnlyList<PostureView.MeasureView> Measures,
    string Authority,
    string Rationale,
    IReadOnlyList<Guid> Supersedes,
    bool Exercise,
    string Status,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? InForceFrom,
    DateTimeOffset? CancelledAt,
    string? Reason,
    DecisionView.CancellationView? PendingCancellation,
    IReadOnlyList<DecisionView.EventView> Events)
{
    /// <summary>The view of <paramref name="posture"/>, naming principals from <paramref name="names"/>.</summary>
    public static PostureView From(Posture posture, PlanCatalogue catalogue, IReadOnlyDictionary<Guid, string> names)
    {
        ArgumentNullException.ThrowIfNull(posture);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(names);
        var level = catalogue.FindScheme(posture.SchemeId)?.FindLevel(posture.LevelKey);
        var measures = catalogue.FindScheme(posture.SchemeId) is null ? [] : catalogue.MeasuresOf(posture.SchemeId).Measures;
        DateTimeOffset? inForceFrom = posture.ApprovedAt is { } approved ? (approved > posture.StartsAt ? approved : posture.StartsAt) : null;
        return new PostureView(
            posture.Id, posture.SchemeId, posture.Titles, posture.LevelKey, level?.Names ?? new Dictionary<string, string>(), posture.TerritoryIds,
            posture.StartsAt, posture.EndsAt,
            [.. posture.Measures.Select(m => MeasureOf(m, measures.FirstOrDefault(c => string.Equals(c.Id, m.MeasureId, StringComparison.Ordinal))))],
            posture.Authority, posture.Rationale, posture.Supersedes, posture.IsExercise,
            posture.Status.ToString().ToLowerInvariant(), NameOf(names, posture.ProposedBy), posture.ProposedAt,
            posture.ApprovedBy is { } by ? NameOf(names, by) : null, posture.ApprovedAt, inForceFrom, posture.CancelledAt, posture.Reason,
            posture.PendingCancellation is { } pending ? new DecisionView.CancellationView(NameOf(names, pending.ProposedBy), pending.ProposedAt, pending.Reason, pending.EffectiveAt) : null,
            [.. posture.Events.Select(e => new DecisionView.EventView(DecisionView.KindOf(e.Kind), NameOf(names, e.PrincipalId), e.At, e.Note, e.EffectiveAt))]);
    }

    private static MeasureView MeasureOf(PostureMeasure measure, Core.Plan.Measures.Measure? entry) =>
        new(measure.MeasureId, entry?.Domain.ToString() ?? string.Empty, entry?.Titles ?? new Dictionary<string, string>(), entry?.IsPublic ?? false,
            measure.TerritoryIds, measure.From, measure.Until);

    private static string NameOf(IReadOnlyDictionary<Guid, string> names, Guid id) =>
        names.TryGetValue(id, out var name) ? name : id.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>One measure the posture activates: its catalogue entry (domain, titles, public or restricted), where and when.</summary>
    public sealed record MeasureView(string Id, string Domain, IReadOnlyDictionary<string, string> Titles, bool Public,
        IReadOnlyList<string> Territories, DateTimeOffset? From, DateTimeOffset? Until);
}
