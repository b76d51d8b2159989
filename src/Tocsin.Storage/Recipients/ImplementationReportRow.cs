using Tocsin.Core.Plan.Recipients;

namespace Tocsin.Storage.Recipients;

/// <summary>An <c>implementation_reports</c> row as read back.</summary>
internal sealed record ImplementationReportRow(long Sequence, string PostureId, string SubscriberId, string MeasureId, string Status, string? Comment,
    string Reporter, long ReportedAt)
{
    public ImplementationReport ToReport() => new(Guid.Parse(PostureId), Guid.Parse(SubscriberId), MeasureId,
        ImplementationStatuses.Parse(Status).Value, Comment, Reporter, new DateAddedStamp(ReportedAt).Instant, Sequence);
}
