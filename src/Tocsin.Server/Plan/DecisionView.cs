using System.Globalization;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Storage.Publications;

namespace Tocsin.Server.Plan;

/// <summary>A decision as the API shows it: the proposal, its state, who did what and when, the grades of
/// its evidence, and the CAP messages that published it.</summary>
public sealed record DecisionView(
    Guid Id,
    string Scheme,
    string Level,
    IReadOnlyDictionary<string, string> LevelNames,
    IReadOnlyList<string> Territories,
    DateTimeOffset EffectiveAt,
    DateTimeOffset? ReviewBy,
    DateTimeOffset? ExpiresAt,
    string Authority,
    string Rationale,
    IReadOnlyDictionary<string, string> RationaleTranslations,
    IReadOnlyList<Guid> Supersedes,
    IReadOnlyList<DecisionView.EvidenceView> Evidence,
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
    bool OverdueForReview,
    IReadOnlyList<DecisionView.EventView> Events,
    IReadOnlyList<DecisionView.MessageView> Messages)
{
    /// <summary>The view of <paramref name="decision"/>; <paramref name="overdue"/> when it is in force past its review-by time.</summary>
    public static DecisionView From(Decision decision, PlanCatalogue catalogue, IReadOnlyDictionary<Guid, string> names,
        IReadOnlyList<Publication> messages, bool overdue)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(messages);
        var level = catalogue.FindScheme(decision.SchemeId)?.FindLevel(decision.LevelKey);
        DateTimeOffset? inForceFrom = decision.ApprovedAt is { } approved ? (approved > decision.EffectiveAt ? approved : decision.EffectiveAt) : null;
        return new DecisionView(
            decision.Id, decision.SchemeId, decision.LevelKey, level?.Names ?? new Dictionary<string, string>(), decision.TerritoryIds,
            decision.EffectiveAt, decision.ReviewBy, decision.ExpiresAt, decision.Authority, decision.Rationale, decision.RationaleTranslations, decision.Supersedes,
            [.. decision.Evidence.Select(e => new EvidenceView(e.StixId, e.Grade.ToString(), e.Grade.Confidence))],
            decision.IsExercise, decision.Status.ToString().ToLowerInvariant(),
            NameOf(names, decision.ProposedBy), decision.ProposedAt,
            decision.ApprovedBy is { } by ? NameOf(names, by) : null, decision.ApprovedAt, inForceFrom, decision.CancelledAt, decision.Reason,
            decision.PendingCancellation is { } pending ? new CancellationView(NameOf(names, pending.ProposedBy), pending.ProposedAt, pending.Reason, pending.EffectiveAt) : null,
            overdue,
            [.. decision.Events.Select(e => new EventView(KindOf(e.Kind), NameOf(names, e.PrincipalId), e.At, e.Note, e.EffectiveAt))],
            [.. messages.Select(m => new MessageView(m.Identifier, m.MsgType.ToString(), m.Status.ToString(), m.Sent, $"/feeds/cap/{m.Identifier}.xml"))]);
    }

    /// <summary>An event kind as the API writes it: <c>proposed</c>, <c>approved</c>, <c>rejected</c>,
    /// <c>withdrawn</c>, <c>cancelled</c>, <c>cancellation-proposed</c>, <c>cancellation-rejected</c>, <c>cancellation-withdrawn</c>.</summary>
    public static string KindOf(DecisionEventKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private static string NameOf(IReadOnlyDictionary<Guid, string> names, Guid id) =>
        names.TryGetValue(id, out var name) ? name : id.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>A cited STIX object and its grade; <paramref name="Confidence"/> is the STIX confidence the grade gives.</summary>
    public sealed record EvidenceView(string StixId, string Grade, int? Confidence);

    /// <summary>One state change (<see cref="KindOf"/>), by whom, when, with the reason and, for a cancellation
    /// proposal, the requested effective time.</summary>
    public sealed record EventView(string Kind, string By, DateTimeOffset At, string? Note, DateTimeOffset? EffectiveAt);

    /// <summary>A cancellation waiting for a second person: who proposed it, when, why, and from when (null: on approval).</summary>
    public sealed record CancellationView(string ProposedBy, DateTimeOffset ProposedAt, string Reason, DateTimeOffset? EffectiveAt);

    /// <summary>A CAP message publishing the decision and where it is served.</summary>
    public sealed record MessageView(string Identifier, string MsgType, string Status, DateTimeOffset Sent, string Url);
}
