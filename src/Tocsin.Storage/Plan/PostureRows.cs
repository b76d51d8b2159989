using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Audit;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Postures;

namespace Tocsin.Storage.Plan;

/// <summary>How a posture and its events map to rows of <c>postures</c>, <c>posture_events</c> and
/// <c>posture_changes</c>, the same on every engine (the select lists name the row members in constructor
/// order, as Dapper requires), and the audit record of a state change.</summary>
internal static class PostureRows
{
    /// <summary>The select list of <see cref="PostureRow"/> over <c>postures</c>.</summary>
    public const string PostureColumns =
        "id AS Id, scheme_id AS SchemeId, titles AS Titles, level_key AS LevelKey, territory_ids AS TerritoryIds, starts_at AS StartsAt, " +
        "ends_at AS EndsAt, measures AS Measures, authority AS Authority, rationale AS Rationale, supersedes AS Supersedes, " +
        "is_exercise AS IsExercise, status AS Status, proposed_by AS ProposedBy, proposed_at AS ProposedAt, approved_by AS ApprovedBy, " +
        "approved_at AS ApprovedAt, cancelled_at AS CancelledAt, reason AS Reason";

    /// <summary>The select list of <see cref="EventRow"/> over <c>posture_events</c>.</summary>
    public const string EventColumns =
        "posture_id AS PostureId, position AS Position, kind AS Kind, principal_id AS PrincipalId, at AS At, note AS Note, effective_at AS EffectiveAt";

    /// <summary>The select list of <see cref="ChangeRow"/> over <c>posture_changes</c>.</summary>
    public const string ChangeColumns = "sequence AS Sequence, posture_id AS PostureId, kind AS Kind, at AS At";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Every column of a <c>postures</c> row, named as the insert and update statements bind them.</summary>
    public static object Parameters(Posture p) => new
    {
        id = Text(p.Id),
        schemeId = p.SchemeId,
        titles = JsonSerializer.Serialize(p.Titles),
        levelKey = p.LevelKey,
        territoryIds = string.Join(' ', p.TerritoryIds),
        startsAt = Micros(p.StartsAt),
        endsAt = Micros(p.EndsAt),
        measures = JsonSerializer.Serialize(p.Measures.Select(m => new MeasureJson(m.MeasureId, m.TerritoryIds, Micros(m.From), Micros(m.Until))), Json),
        authority = p.Authority,
        rationale = p.Rationale,
        supersedes = string.Join(' ', p.Supersedes.Select(Text)),
        isExercise = p.IsExercise ? 1L : 0L,
        status = p.Status.ToString(),
        proposedBy = Text(p.ProposedBy),
        proposedAt = Micros(p.ProposedAt),
        approvedBy = p.ApprovedBy is { } approver ? Text(approver) : null,
        approvedAt = Micros(p.ApprovedAt),
        cancelledAt = Micros(p.CancelledAt),
        reason = p.Reason,
    };

    /// <summary>Every column of a <c>posture_events</c> row.</summary>
    public static object EventParameters(PostureEvent e, int position) => new
    {
        postureId = Text(e.PostureId),
        position = (long)position,
        kind = e.Kind.ToString(),
        principalId = Text(e.PrincipalId),
        at = Micros(e.At),
        note = e.Note,
        effectiveAt = Micros(e.EffectiveAt),
    };

    /// <summary>Every column of a <c>posture_changes</c> row but its sequence, which the statement computes.</summary>
    public static object ChangeParameters(PostureEvent e) => new
    {
        postureId = Text(e.PostureId),
        kind = e.Kind.ToString(),
        at = Micros(e.At),
    };

    /// <summary>True for the events followers are told about: an approval and a cancellation.</summary>
    public static bool IsPublished(PostureEvent e) => e.Kind is DecisionEventKind.Approved or DecisionEventKind.Cancelled;

    public static Posture ToPosture(PostureRow row, IReadOnlyList<PostureEvent> events) => new()
    {
        Id = Guid.Parse(row.Id),
        SchemeId = row.SchemeId,
        Titles = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Titles) ?? [],
        LevelKey = row.LevelKey,
        TerritoryIds = row.TerritoryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StartsAt = new DateAddedStamp(row.StartsAt).Instant,
        EndsAt = Instant(row.EndsAt),
        Measures = [.. (JsonSerializer.Deserialize<List<MeasureJson>>(row.Measures, Json) ?? [])
            .Select(m => new PostureMeasure(m.MeasureId, m.TerritoryIds, Instant(m.From), Instant(m.Until)))],
        Authority = row.Authority,
        Rationale = row.Rationale,
        Supersedes = [.. row.Supersedes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)],
        IsExercise = row.IsExercise != 0,
        Status = Enum.Parse<DecisionStatus>(row.Status),
        ProposedBy = Guid.Parse(row.ProposedBy),
        ProposedAt = new DateAddedStamp(row.ProposedAt).Instant,
        ApprovedBy = row.ApprovedBy is null ? null : Guid.Parse(row.ApprovedBy),
        ApprovedAt = Instant(row.ApprovedAt),
        CancelledAt = Instant(row.CancelledAt),
        Reason = row.Reason,
        Events = events,
    };

    public static PostureEvent ToEvent(EventRow row) =>
        new(Guid.Parse(row.PostureId), Enum.Parse<DecisionEventKind>(row.Kind), Guid.Parse(row.PrincipalId), new DateAddedStamp(row.At).Instant, row.Note, Instant(row.EffectiveAt));

    public static PostureChange ToChange(ChangeRow row) =>
        new(row.Sequence, Guid.Parse(row.PostureId), Enum.Parse<DecisionEventKind>(row.Kind), new DateAddedStamp(row.At).Instant);

    /// <summary>The one audit record of a state change: its new events, from <paramref name="firstNewEvent"/>.
    /// The proposal (<paramref name="firstNewEvent"/> 0) also records what was proposed.</summary>
    public static AuditRecord AuditOf(Posture posture, int firstNewEvent)
    {
        var events = new JsonArray();
        for (var position = firstNewEvent; position < posture.Events.Count; position++)
        {
            var change = posture.Events[position];
            var entry = new JsonObject
            {
                ["kind"] = change.Kind.ToString(),
                ["principal"] = Text(change.PrincipalId),
                ["at"] = Micros(change.At),
                ["note"] = change.Note,
            };
            if (change.EffectiveAt is { } requested)
            {
                entry["effective_at"] = Micros(requested);
            }

            events.Add(entry);
        }

        return AuditRecord.Of(AuditActions.PostureChange, Text(posture.Id), new JsonObject
        {
            ["scheme"] = posture.SchemeId,
            ["level"] = posture.LevelKey,
            ["territories"] = new JsonArray([.. posture.TerritoryIds.Select(t => (JsonNode?)JsonValue.Create(t))]),
            ["measures"] = new JsonArray([.. posture.Measures.Select(m => (JsonNode?)JsonValue.Create(m.MeasureId))]),
            ["exercise"] = posture.IsExercise,
            ["events"] = events,
        });
    }

    private static string Text(Guid id) => id.ToString("D");

    private static long Micros(DateTimeOffset instant) => DateAddedStamp.FromInstant(instant).Microseconds;

    private static long? Micros(DateTimeOffset? instant) => instant is { } value ? Micros(value) : null;

    private static DateTimeOffset? Instant(long? micros) => micros is { } value ? new DateAddedStamp(value).Instant : null;

    internal sealed record PostureRow(string Id, string SchemeId, string Titles, string LevelKey, string TerritoryIds, long StartsAt, long? EndsAt,
        string Measures, string Authority, string Rationale, string Supersedes, long IsExercise, string Status, string ProposedBy, long ProposedAt,
        string? ApprovedBy, long? ApprovedAt, long? CancelledAt, string? Reason);

    internal sealed record EventRow(string PostureId, long Position, string Kind, string PrincipalId, long At, string? Note, long? EffectiveAt);

    internal sealed record ChangeRow(long Sequence, string PostureId, string Kind, long At);

    private sealed record MeasureJson(string MeasureId, IReadOnlyList<string> TerritoryIds, long? From, long? Until);
}
