using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Audit;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Storage.Plan;

/// <summary>How a decision and its events map to rows of <c>decisions</c> and <c>decision_events</c>, the same
/// on every engine: the parameters each engine's statements bind, the rows its queries read back (the select
/// lists below name the row members in constructor order, as Dapper requires) and the audit record of a state
/// change. Only the statements and the connection handling are per engine.</summary>
internal static class PlanRows
{
    /// <summary>The select list of <see cref="DecisionRow"/> over <c>decisions</c>.</summary>
    public const string DecisionColumns =
        "id AS Id, scheme_id AS SchemeId, level_key AS LevelKey, territory_ids AS TerritoryIds, effective_at AS EffectiveAt, review_by AS ReviewBy, " +
        "expires_at AS ExpiresAt, authority AS Authority, rationale AS Rationale, supersedes AS Supersedes, evidence AS Evidence, is_exercise AS IsExercise, " +
        "status AS Status, proposed_by AS ProposedBy, proposed_at AS ProposedAt, approved_by AS ApprovedBy, approved_at AS ApprovedAt, " +
        "cancelled_at AS CancelledAt, reason AS Reason, rationale_translations AS RationaleTranslations";

    /// <summary>The select list of <see cref="EventRow"/> over <c>decision_events</c>.</summary>
    public const string EventColumns =
        "decision_id AS DecisionId, position AS Position, kind AS Kind, principal_id AS PrincipalId, at AS At, note AS Note, effective_at AS EffectiveAt";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Every column of a <c>decisions</c> row, named as the insert and update statements bind them.</summary>
    public static object Parameters(Decision d) => new
    {
        id = Text(d.Id),
        schemeId = d.SchemeId,
        levelKey = d.LevelKey,
        territoryIds = string.Join(' ', d.TerritoryIds),
        effectiveAt = Micros(d.EffectiveAt),
        reviewBy = Micros(d.ReviewBy),
        expiresAt = Micros(d.ExpiresAt),
        authority = d.Authority,
        rationale = d.Rationale,
        supersedes = string.Join(' ', d.Supersedes.Select(Text)),
        evidence = JsonSerializer.Serialize(d.Evidence.Select(e => new EvidenceJson(e.StixId, e.Grade.ToString())), Json),
        isExercise = d.IsExercise ? 1L : 0L,
        status = d.Status.ToString(),
        proposedBy = Text(d.ProposedBy),
        proposedAt = Micros(d.ProposedAt),
        approvedBy = d.ApprovedBy is { } approver ? Text(approver) : null,
        approvedAt = Micros(d.ApprovedAt),
        cancelledAt = Micros(d.CancelledAt),
        reason = d.Reason,
        rationaleTranslations = JsonSerializer.Serialize(d.RationaleTranslations),
    };

    /// <summary>Every column of a <c>decision_events</c> row.</summary>
    public static object EventParameters(DecisionEvent e, int position) => new
    {
        decisionId = Text(e.DecisionId),
        position = (long)position,
        kind = e.Kind.ToString(),
        principalId = Text(e.PrincipalId),
        at = Micros(e.At),
        note = e.Note,
        effectiveAt = Micros(e.EffectiveAt),
    };

    public static Decision ToDecision(DecisionRow row, IReadOnlyList<DecisionEvent> events) => new()
    {
        Id = Guid.Parse(row.Id),
        SchemeId = row.SchemeId,
        LevelKey = row.LevelKey,
        TerritoryIds = row.TerritoryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        EffectiveAt = new DateAddedStamp(row.EffectiveAt).Instant,
        ReviewBy = Instant(row.ReviewBy),
        ExpiresAt = Instant(row.ExpiresAt),
        Authority = row.Authority,
        Rationale = row.Rationale,
        Supersedes = [.. row.Supersedes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)],
        Evidence = [.. (JsonSerializer.Deserialize<List<EvidenceJson>>(row.Evidence, Json) ?? []).Select(e => new DecisionEvidence(e.StixId, AdmiraltyGrade.Parse(e.Grade).Value))],
        IsExercise = row.IsExercise != 0,
        Status = Enum.Parse<DecisionStatus>(row.Status),
        ProposedBy = Guid.Parse(row.ProposedBy),
        ProposedAt = new DateAddedStamp(row.ProposedAt).Instant,
        ApprovedBy = row.ApprovedBy is null ? null : Guid.Parse(row.ApprovedBy),
        ApprovedAt = Instant(row.ApprovedAt),
        CancelledAt = Instant(row.CancelledAt),
        Reason = row.Reason,
        RationaleTranslations = JsonSerializer.Deserialize<Dictionary<string, string>>(row.RationaleTranslations) ?? [],
        Events = events,
    };

    public static DecisionEvent ToEvent(EventRow row) =>
        new(Guid.Parse(row.DecisionId), Enum.Parse<DecisionEventKind>(row.Kind), Guid.Parse(row.PrincipalId), new DateAddedStamp(row.At).Instant, row.Note, Instant(row.EffectiveAt));

    /// <summary>The one audit record of a state change: its new events (from <paramref name="firstNewEvent"/>) and
    /// <paramref name="messages"/>, the details of the messages published in the same transaction.</summary>
    public static AuditRecord AuditOf(Decision decision, int firstNewEvent, JsonArray messages)
    {
        var events = new JsonArray();
        for (var position = firstNewEvent; position < decision.Events.Count; position++)
        {
            var change = decision.Events[position];
            events.Add(new JsonObject
            {
                ["kind"] = change.Kind.ToString(),
                ["principal"] = Text(change.PrincipalId),
                ["at"] = Micros(change.At),
                ["note"] = change.Note,
            });
            if (change.EffectiveAt is { } requested)
            {
                ((JsonObject)events[^1]!)["effective_at"] = Micros(requested);
            }
        }

        return AuditRecord.Of(AuditActions.DecisionChange, Text(decision.Id), new JsonObject
        {
            ["scheme"] = decision.SchemeId,
            ["level"] = decision.LevelKey,
            ["territories"] = new JsonArray([.. decision.TerritoryIds.Select(t => (JsonNode?)JsonValue.Create(t))]),
            ["exercise"] = decision.IsExercise,
            ["events"] = events,
            ["messages"] = messages,
        });
    }

    private static string Text(Guid id) => id.ToString("D");

    private static long Micros(DateTimeOffset instant) => DateAddedStamp.FromInstant(instant).Microseconds;

    private static long? Micros(DateTimeOffset? instant) => instant is { } value ? Micros(value) : null;

    private static DateTimeOffset? Instant(long? micros) => micros is { } value ? new DateAddedStamp(value).Instant : null;

    internal sealed record DecisionRow(string Id, string SchemeId, string LevelKey, string TerritoryIds, long EffectiveAt, long? ReviewBy, long? ExpiresAt,
        string Authority, string Rationale, string Supersedes, string Evidence, long IsExercise, string Status, string ProposedBy, long ProposedAt,
        string? ApprovedBy, long? ApprovedAt, long? CancelledAt, string? Reason, string RationaleTranslations);

    internal sealed record EventRow(string DecisionId, long Position, string Kind, string PrincipalId, long At, string? Note, long? EffectiveAt);

    private sealed record EvidenceJson(string StixId, string Grade);
}
