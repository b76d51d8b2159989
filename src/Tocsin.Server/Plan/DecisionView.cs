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
            decision.EffectiveAt, decision.ReviewBy, decision.ExpiresAt, decision.Authority, decision.Rationale, decision.Supersedes,
            [.. decision.Evidence.Select(e => new EvidenceView(e.StixId, e.Grade.ToString(), e.Grade.Confidence))],
            decision.IsExercise, decision.Status.ToString().ToLowerInvariant(),
            NameOf(names, decision.ProposedBy), decision.ProposedAt,
            decision.ApprovedBy is { } by ? NameOf(names, by) : null, decision.ApprovedAt, inForceFrom, decision.CancelledAt, decision.Reason,
            overdue,
            [.. decision.Events.Select(e => new EventView(e.Kind.ToString().ToLowerInvariant(), NameOf(names, e.PrincipalId), e.At, e.Note))],
            [.. messages.Select(m => new MessageView(m.Identifier, m.MsgType.ToString(), m.Status.ToString(), m.Sent, $"/feeds/cap/{m.Identifier}.xml"))]);
    }

    private static string NameOf(IReadOnlyDictionary<Guid, string> names, Guid id) =>
        names.TryGetValue(id, out var name) ? name : id.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>A cited STIX object and its grade; <paramref name="Confidence"/> is the STIX confidence the grade gives.</summary>
    public sealed record EvidenceView(string StixId, string Grade, int? Confidence);

    /// <summary>One state change: proposed, approved, rejected or cancelled, by whom, when, with the reason.</summary>
    public sealed record EventView(string Kind, string By, DateTimeOffset At, string? Note);

    /// <summary>A CAP message publishing the decision and where it is served.</summary>
    public sealed record MessageView(string Identifier, string MsgType, string Status, DateTimeOffset Sent, string Url);
}
