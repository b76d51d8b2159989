using Tocsin.Core.Plan.Recipients;

namespace Tocsin.Storage.Recipients;

/// <summary>What one recipient reported about one measure of a posture. Reports are kept; the latest for a
/// (posture, recipient, measure) is the one that counts.</summary>
/// <param name="PostureId">The posture.</param>
/// <param name="SubscriberId">The recipient.</param>
/// <param name="MeasureId">The measure, one addressed to the recipient.</param>
/// <param name="Status">What the recipient says.</param>
/// <param name="Comment">Free text, at most <see cref="MaxCommentLength"/> characters; null when none.</param>
/// <param name="Reporter">The staff principal's name, or <see cref="ByLink"/> when the recipient used its signed link.</param>
/// <param name="ReportedAt">Set by the store.</param>
/// <param name="Sequence">Set by the store: the order reports were recorded in.</param>
public sealed record ImplementationReport(
    Guid PostureId,
    Guid SubscriberId,
    string MeasureId,
    ImplementationStatus Status,
    string? Comment,
    string Reporter,
    DateTimeOffset ReportedAt = default,
    long Sequence = 0)
{
    /// <summary>The longest comment kept.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>The reporter of a report made through the recipient's signed link.</summary>
    public const string ByLink = "link";
}
