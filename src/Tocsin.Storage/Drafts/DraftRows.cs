using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Tocsin.Core.Audit;
using Tocsin.Core.Ingest;

namespace Tocsin.Storage.Drafts;

/// <summary>How a draft and its items map to rows of <c>drafts</c> and <c>draft_items</c>, the same on every
/// engine: the parameters each engine's statements bind, the rows its queries read back (the select lists name
/// the row members in constructor order, as Dapper requires) and the audit records. Only the statements and
/// the connection handling are per engine.</summary>
internal static class DraftRows
{
    /// <summary>The select list of <see cref="DraftRow"/> over <c>drafts</c> (without the bundle, which lists leave out).</summary>
    public const string DraftColumns =
        "id AS Id, created_by AS CreatedBy, created_at AS CreatedAt, source AS Source, published AS Published, language AS Language, " +
        "text AS Text, report_id AS ReportId, report_accepted_version AS ReportAcceptedVersion";

    /// <summary>The select list of <see cref="ItemRow"/> over <c>draft_items</c>.</summary>
    public const string ItemColumns =
        "draft_id AS DraftId, item_id AS ItemId, field AS Field, type AS Type, label AS Label, confidence AS Confidence, spans AS Spans, " +
        "existing AS Existing, status AS Status, accepted_object_id AS AcceptedObjectId, accepted_version AS AcceptedVersion, " +
        "decided_by AS DecidedBy, decided_at AS DecidedAt";

    /// <summary>Every column of the <c>drafts</c> row but <c>report_accepted_version</c>, null until an accept.</summary>
    public static object DraftParameters(Draft draft) => new
    {
        id = Text(draft.Id),
        createdBy = Text(draft.CreatedBy),
        createdAt = DateAddedStamp.FromInstant(draft.CreatedAt).Microseconds,
        draft.Source,
        published = draft.Published is { } p ? DateAddedStamp.FromInstant(p).Microseconds : (long?)null,
        draft.Language,
        draft.Text,
        draft.ReportId,
        bundle = draft.Bundle.ToArray(),
    };

    /// <summary>One parameter set per item, in draft order, each inserted pending.</summary>
    public static IEnumerable<object> ItemParameters(Draft draft) => draft.Items.Select((item, position) => (object)new
    {
        draft = Text(draft.Id),
        position = (long)position,
        item = item.Id,
        field = item.Field.ToString(),
        item.Type,
        item.Label,
        Confidence = (long)item.Confidence,
        spans = WriteSpans(item.Spans),
        existing = item.Existing ? 1L : 0L,
    });

    /// <summary>The parameters of the update recording <paramref name="decision"/> on an item at <paramref name="nowMicros"/>.</summary>
    public static object DecisionParameters(Guid draftId, string itemId, DraftDecision decision, long nowMicros) => new
    {
        status = StatusText(decision.Status),
        objectId = decision.AcceptedObjectId,
        version = decision.AcceptedVersion,
        by = Text(decision.DecidedBy),
        now = nowMicros,
        draft = Text(draftId),
        item = itemId,
    };

    public static AuditRecord AuditOfAdd(Draft draft) => AuditRecord.Of(AuditActions.DraftAdd, Text(draft.Id), new JsonObject
    {
        ["created_by"] = Text(draft.CreatedBy),
        ["source"] = draft.Source,
        ["report"] = draft.ReportId,
        ["items"] = draft.Items.Count,
        ["bundle_sha256"] = Convert.ToHexStringLower(SHA256.HashData(draft.Bundle.Span)),
    });

    public static AuditRecord AuditOfDecision(Guid draftId, string itemId, DraftDecision decision) =>
        AuditRecord.Of(AuditActions.DraftItemDecide, Text(draftId), new JsonObject
        {
            ["item"] = itemId,
            ["status"] = StatusText(decision.Status),
            ["object"] = decision.AcceptedObjectId,
            ["version"] = decision.AcceptedVersion,
            ["by"] = Text(decision.DecidedBy),
        });

    /// <summary>The item as it stands once <paramref name="decision"/> is recorded at <paramref name="nowMicros"/>.</summary>
    public static DraftItemState Decided(DraftItemState item, DraftDecision decision, long nowMicros) => item with
    {
        Status = decision.Status,
        AcceptedObjectId = decision.AcceptedObjectId,
        AcceptedVersion = decision.AcceptedVersion,
        DecidedBy = decision.DecidedBy,
        DecidedAt = new DateAddedStamp(nowMicros).Instant,
    };

    public static Draft ToDraft(DraftRow row, byte[] bundle, IEnumerable<ItemRow> items) => new(
        Guid.Parse(row.Id),
        Guid.Parse(row.CreatedBy),
        new DateAddedStamp(row.CreatedAt).Instant,
        row.Source,
        row.Published is { } p ? new DateAddedStamp(p).Instant : null,
        row.Language,
        row.Text,
        row.ReportId,
        row.ReportAcceptedVersion,
        bundle,
        [.. items.Select(ToItem)]);

    private static DraftItemState ToItem(ItemRow row) => new(
        row.ItemId,
        Enum.Parse<DraftField>(row.Field),
        row.Type,
        row.Label,
        (int)row.Confidence,
        ReadSpans(row.Spans),
        row.Existing != 0,
        ParseStatus(row.Status),
        row.AcceptedObjectId,
        row.AcceptedVersion,
        row.DecidedBy is null ? null : Guid.Parse(row.DecidedBy),
        row.DecidedAt is { } at ? new DateAddedStamp(at).Instant : null);

    private static string Text(Guid id) => id.ToString("D");

    private static string WriteSpans(IReadOnlyList<TextSpan> spans) =>
        string.Join(' ', spans.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}")));

    private static TextSpan[] ReadSpans(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            return new TextSpan(int.Parse(part.AsSpan(0, dash), CultureInfo.InvariantCulture), int.Parse(part.AsSpan(dash + 1), CultureInfo.InvariantCulture));
        })];

    private static string StatusText(DraftItemStatus status) => status switch
    {
        DraftItemStatus.Pending => "pending",
        DraftItemStatus.Accepted => "accepted",
        DraftItemStatus.Dropped => "dropped",
    };

    private static DraftItemStatus ParseStatus(string text) => text switch
    {
        "pending" => DraftItemStatus.Pending,
        "accepted" => DraftItemStatus.Accepted,
        "dropped" => DraftItemStatus.Dropped,
        _ => throw new InvalidOperationException($"Stored draft item status '{text}' is unknown."),
    };

    internal sealed record DraftRow(string Id, string CreatedBy, long CreatedAt, string Source, long? Published, string Language, string Text,
        string ReportId, string? ReportAcceptedVersion);

    internal sealed record ItemRow(string DraftId, string ItemId, string Field, string Type, string Label, long Confidence, string Spans,
        long Existing, string Status, string? AcceptedObjectId, string? AcceptedVersion, string? DecidedBy, long? DecidedAt);
}
