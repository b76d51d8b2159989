using System.Text.Json.Nodes;
using Tocsin.Core.Audit;
using Tocsin.Core.Plan.Recipients;

namespace Tocsin.Storage.Recipients;

/// <summary>How posture messages and reports are stored on every engine: ids as text, lists space-separated,
/// kinds and statuses by name, times in microseconds since the Unix epoch.</summary>
internal static class RecipientRows
{
    public const string SelectMessage =
        "SELECT id AS Id, posture_id AS PostureId, subscriber_id AS SubscriberId, kind AS Kind, change_sequence AS ChangeSequence, " +
        "measure_ids AS MeasureIds, body AS Body, created_at AS CreatedAt, acknowledged_at AS AcknowledgedAt FROM posture_messages";

    public const string SelectReport =
        "SELECT sequence AS Sequence, posture_id AS PostureId, subscriber_id AS SubscriberId, measure_id AS MeasureId, status AS Status, " +
        "comment AS Comment, reporter AS Reporter, reported_at AS ReportedAt FROM implementation_reports";

    public static string KindName(PostureMessageKind kind) => kind switch
    {
        PostureMessageKind.Approved => "approved",
        PostureMessageKind.Cancelled => "cancelled",
        PostureMessageKind.Reminder => "reminder",
    };

    public static object MessageParameters(PostureMessage message, long now) => new
    {
        id = message.Id.ToString("D"),
        posture = message.PostureId.ToString("D"),
        subscriber = message.SubscriberId.ToString("D"),
        kind = KindName(message.Kind),
        change = message.ChangeSequence,
        measures = string.Join(' ', message.MeasureIds),
        body = message.Body.ToArray(),
        now,
        delivery = Guid.CreateVersion7().ToString("D"),
    };

    public static AuditRecord AuditOfReminders(Guid postureId, IReadOnlyList<PostureMessage> reminders, string requestedBy) =>
        AuditRecord.Of(AuditActions.PostureReminder, postureId.ToString("D"), new JsonObject
        {
            ["requested_by"] = requestedBy,
            ["recipients"] = new JsonArray([.. reminders.Select(r => (JsonNode)r.SubscriberId.ToString("D"))]),
        });

    public static AuditRecord AuditOfReports(IReadOnlyList<ImplementationReport> reports) =>
        AuditRecord.Of(AuditActions.PostureReport, reports[0].PostureId.ToString("D"), new JsonObject
        {
            ["recipient"] = reports[0].SubscriberId.ToString("D"),
            ["reporter"] = reports[0].Reporter,
            ["reports"] = new JsonArray([.. reports.Select(r => (JsonNode)new JsonObject
            {
                ["measure"] = r.MeasureId,
                ["status"] = ImplementationStatuses.NameOf(r.Status),
                ["comment"] = r.Comment,
            })]),
        });
}
