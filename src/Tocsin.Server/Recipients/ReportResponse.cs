using Tocsin.Core.Plan.Recipients;
using Tocsin.Storage.Recipients;

namespace Tocsin.Server.Recipients;

/// <summary>One stored report line, as the API answers it.</summary>
public sealed record ReportResponse(Guid Posture, Guid Recipient, string Measure, string Status, string? Comment, string Reporter, DateTimeOffset ReportedAt)
{
    internal static ReportResponse Of(ImplementationReport r) =>
        new(r.PostureId, r.SubscriberId, r.MeasureId, ImplementationStatuses.NameOf(r.Status), r.Comment, r.Reporter, r.ReportedAt);
}
