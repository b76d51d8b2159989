namespace Tocsin.Storage.Notifications;

/// <summary>A notification to queue. Queued once per <paramref name="Key"/> and channel: queuing the same key again
/// (after a crash, or from a second node) adds nothing.</summary>
/// <param name="Key">What it is about, e.g. <c>proposed:{decision id}</c> or <c>unacknowledged:{decision}:{subscriber}</c>.</param>
/// <param name="Channel">E-mail or on-call webhook.</param>
/// <param name="Kind">What it announces.</param>
/// <param name="DecisionId">The decision concerned.</param>
/// <param name="Subject">One line: the e-mail subject, the webhook's <c>summary</c>.</param>
/// <param name="Body">The e-mail text, or the webhook's JSON body.</param>
public sealed record Notification(string Key, NotificationChannel Channel, NotificationKind Kind, Guid DecisionId, string Subject, string Body);
