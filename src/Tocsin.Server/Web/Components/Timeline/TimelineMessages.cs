using Tocsin.Core.Cap;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Server.Plan;

namespace Tocsin.Server.Web.Components.Timeline;

/// <summary>The alert message behind each change of a timeline, for <see cref="LevelTimeline.ChangeHref"/>: a stretch
/// decided by a decision links to that decision's first message (its Alert or Update); a return to the baseline
/// right after a decision links to that decision's Cancel, when it was cancelled rather than expired.</summary>
public static class TimelineMessages
{
    /// <summary>CAP identifiers by segment; a segment with no message (the baseline at the start, an expiry) is absent.</summary>
    public static async Task<IReadOnlyDictionary<TimelineSegment, string>> ForAsync(PlanDecisions plan, IReadOnlyList<TimelineSegment> segments,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(segments);
        var identifiers = new Dictionary<TimelineSegment, string>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].DecisionId is { } decided)
            {
                var messages = await plan.MessagesOfAsync(decided, cancellationToken);
                if (messages.FirstOrDefault(m => m.MsgType != CapMsgType.Cancel) is { } announced)
                {
                    identifiers[segments[i]] = announced.Identifier;
                }
            }
            else if (i > 0 && segments[i - 1].DecisionId is { } ended)
            {
                var messages = await plan.MessagesOfAsync(ended, cancellationToken);
                if (messages.LastOrDefault(m => m.MsgType == CapMsgType.Cancel) is { } cancel)
                {
                    identifiers[segments[i]] = cancel.Identifier;
                }
            }
        }

        return identifiers;
    }
}
