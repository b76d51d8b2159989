using Tocsin.Core;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Storage;
using Tocsin.Storage.Recipients;

namespace Tocsin.Server.Recipients;

/// <summary>Records a recipient's implementation reports for the API and the report page alike. Only measures of
/// the posture that were addressed to that recipient (those listed in the last message it received about the
/// posture) are accepted; any refusal names the line at fault and stores nothing.</summary>
public sealed class ImplementationReporting(ITocsinStore store)
{
    /// <summary>The most lines one report may carry.</summary>
    public const int MaxItems = 500;

    /// <summary>The measure ids the recipient may report on for the posture, in message order; empty when none
    /// was addressed to it.</summary>
    public async Task<IReadOnlyList<string>> AddressedMeasuresAsync(Guid postureId, Guid subscriberId, CancellationToken cancellationToken)
    {
        var messages = await store.Recipients.MessagesAsync(postureId, cancellationToken);
        return messages.LastOrDefault(m => m.SubscriberId == subscriberId && m.Kind != PostureMessageKind.Reminder)?.MeasureIds ?? [];
    }

    /// <summary>Stores the reports of <paramref name="subscriberId"/> on <paramref name="postureId"/>. Fails with
    /// <c>posture-not-found</c>, <c>posture-not-in-force</c> (not approved, or cancelled), <c>recipient-not-addressed</c>
    /// (no measure of the posture was sent to it), <c>report-empty</c>, <c>measure-not-addressed</c>,
    /// <c>report-status-unknown</c> or <c>report-comment-too-long</c>.</summary>
    public async Task<Result<IReadOnlyList<ImplementationReport>>> SubmitAsync(Guid postureId, Guid subscriberId, IReadOnlyList<ReportItem>? items,
        string reporter, CancellationToken cancellationToken)
    {
        var posture = await store.Postures.FindAsync(postureId, cancellationToken);
        if (posture is null)
        {
            return new Error("posture-not-found", $"No posture has id {postureId:D}.");
        }

        if (posture.Status != DecisionStatus.Approved)
        {
            return new Error("posture-not-in-force", $"Posture {postureId:D} is not approved and in force: nothing can be reported on it.").As(ErrorKind.Conflict);
        }

        var addressed = await AddressedMeasuresAsync(postureId, subscriberId, cancellationToken);
        if (addressed.Count == 0)
        {
            return new Error("recipient-not-addressed", $"No measure of posture {postureId:D} was addressed to this recipient.").As(ErrorKind.Forbidden);
        }

        var reports = Check(postureId, subscriberId, items, reporter, addressed);
        return reports.IsSuccess ? Result<IReadOnlyList<ImplementationReport>>.Success(await store.Recipients.AddReportsAsync(reports.Value, cancellationToken)) : reports.Error;
    }

    private static Result<IReadOnlyList<ImplementationReport>> Check(Guid postureId, Guid subscriberId, IReadOnlyList<ReportItem>? items, string reporter,
        IReadOnlyList<string> addressed)
    {
        if (items is not { Count: > 0 and <= MaxItems })
        {
            return new Error("report-empty", $"A report lists 1 to {MaxItems} measures, each with a status.");
        }

        var reports = new List<ImplementationReport>();
        foreach (var item in items)
        {
            var measure = item.Measure?.Trim() ?? string.Empty;
            if (!addressed.Contains(measure, StringComparer.Ordinal))
            {
                return new Error("measure-not-addressed", $"Measure '{measure}' is not one addressed to this recipient by posture {postureId:D}.");
            }

            var status = ImplementationStatuses.Parse(item.Status);
            if (!status.IsSuccess)
            {
                return status.Error;
            }

            var comment = string.IsNullOrWhiteSpace(item.Comment) ? null : item.Comment.Trim();
            if (comment is { Length: > ImplementationReport.MaxCommentLength })
            {
                return new Error("report-comment-too-long",
                    $"The comment on measure '{measure}' has {comment.Length} characters; at most {ImplementationReport.MaxCommentLength} are kept.");
            }

            reports.Add(new ImplementationReport(postureId, subscriberId, measure, status.Value, comment, reporter));
        }

        return reports;
    }
}
