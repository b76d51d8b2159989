using System.Text.Json;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Storage.Sqlite;

/// <summary>How a decision and its events map to rows of <c>decisions</c> and <c>decision_events</c>.</summary>
internal static class SqlitePlanRows
{
    public const string Columns =
        "id AS Id, scheme_id AS SchemeId, level_key AS LevelKey, territory_ids AS TerritoryIds, effective_at AS EffectiveAt, review_by AS ReviewBy, " +
        "expires_at AS ExpiresAt, authority AS Authority, rationale AS Rationale, supersedes AS Supersedes, evidence AS Evidence, is_exercise AS IsExercise, " +
        "status AS Status, proposed_by AS ProposedBy, proposed_at AS ProposedAt, approved_by AS ApprovedBy, approved_at AS ApprovedAt, " +
        "cancelled_at AS CancelledAt, reason AS Reason";

    public const string Insert = """
        INSERT INTO decisions (id, scheme_id, level_key, territory_ids, effective_at, review_by, expires_at, authority, rationale, supersedes,
                               evidence, is_exercise, status, proposed_by, proposed_at, approved_by, approved_at, cancelled_at, reason)
        VALUES (@id, @schemeId, @levelKey, @territoryIds, @effectiveAt, @reviewBy, @expiresAt, @authority, @rationale, @supersedes,
                @evidence, @isExercise, @status, @proposedBy, @proposedAt, @approvedBy, @approvedAt, @cancelledAt, @reason)
        """;

    public const string UpdateState = """
        UPDATE decisions SET status = @status, approved_by = @approvedBy, approved_at = @approvedAt, cancelled_at = @cancelledAt, reason = @reason
        WHERE id = @id
        """;

    public const string InsertEvent = """
        INSERT INTO decision_events (decision_id, position, kind, principal_id, at, note) VALUES (@decisionId, @position, @kind, @principalId, @at, @note)
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static object Parameters(Decision d) => new
    {
        id = SqliteDatabase.Text(d.Id),
        schemeId = d.SchemeId,
        levelKey = d.LevelKey,
        territoryIds = string.Join(' ', d.TerritoryIds),
        effectiveAt = Micros(d.EffectiveAt),
        reviewBy = Micros(d.ReviewBy),
        expiresAt = Micros(d.ExpiresAt),
        authority = d.Authority,
        rationale = d.Rationale,
        supersedes = string.Join(' ', d.Supersedes.Select(SqliteDatabase.Text)),
        evidence = JsonSerializer.Serialize(d.Evidence.Select(e => new EvidenceJson(e.StixId, e.Grade.ToString())), Json),
        isExercise = d.IsExercise ? 1 : 0,
        status = d.Status.ToString(),
        proposedBy = SqliteDatabase.Text(d.ProposedBy),
        proposedAt = Micros(d.ProposedAt),
        approvedBy = d.ApprovedBy is { } approver ? SqliteDatabase.Text(approver) : null,
        approvedAt = Micros(d.ApprovedAt),
        cancelledAt = Micros(d.CancelledAt),
        reason = d.Reason,
    };

    public static object EventParameters(DecisionEvent e, int position) => new
    {
        decisionId = SqliteDatabase.Text(e.DecisionId),
        position,
        kind = e.Kind.ToString(),
        principalId = SqliteDatabase.Text(e.PrincipalId),
        at = Micros(e.At),
        note = e.Note,
    };

    public static Decision ToDecision(DecisionRow row, IReadOnlyList<DecisionEvent> events) => new()
    {
        Id = Guid.Parse(row.Id),
        SchemeId = row.SchemeId,
        LevelKey = row.LevelKey,
        TerritoryIds = row.TerritoryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        EffectiveAt = SqliteDatabase.InstantOf(row.EffectiveAt),
        ReviewBy = Instant(row.ReviewBy),
        ExpiresAt = Instant(row.ExpiresAt),
        Authority = row.Authority,
        Rationale = row.Rationale,
        Supersedes = [.. row.Supersedes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)],
        Evidence = [.. (JsonSerializer.Deserialize<List<EvidenceJson>>(row.Evidence, Json) ?? []).Select(e => new DecisionEvidence(e.StixId, AdmiraltyGrade.Parse(e.Grade).Value))],
        IsExercise = row.IsExercise != 0,
        Status = Enum.Parse<DecisionStatus>(row.Status),
        ProposedBy = Guid.Parse(row.ProposedBy),
        ProposedAt = SqliteDatabase.InstantOf(row.ProposedAt),
        ApprovedBy = row.ApprovedBy is null ? null : Guid.Parse(row.ApprovedBy),
        ApprovedAt = Instant(row.ApprovedAt),
        CancelledAt = Instant(row.CancelledAt),
        Reason = row.Reason,
        Events = events,
    };

    public static DecisionEvent ToEvent(EventRow row) =>
        new(Guid.Parse(row.DecisionId), Enum.Parse<DecisionEventKind>(row.Kind), Guid.Parse(row.PrincipalId), SqliteDatabase.InstantOf(row.At), row.Note);

    private static long Micros(DateTimeOffset instant) => DateAddedStamp.FromInstant(instant).Microseconds;

    private static long? Micros(DateTimeOffset? instant) => instant is { } value ? Micros(value) : null;

    private static DateTimeOffset? Instant(long? micros) => micros is { } value ? SqliteDatabase.InstantOf(value) : null;

    internal sealed record DecisionRow(string Id, string SchemeId, string LevelKey, string TerritoryIds, long EffectiveAt, long? ReviewBy, long? ExpiresAt,
        string Authority, string Rationale, string Supersedes, string Evidence, long IsExercise, string Status, string ProposedBy, long ProposedAt,
        string? ApprovedBy, long? ApprovedAt, long? CancelledAt, string? Reason);

    internal sealed record EventRow(string DecisionId, long Position, string Kind, string PrincipalId, long At, string? Note);

    private sealed record EvidenceJson(string StixId, string Grade);
}
