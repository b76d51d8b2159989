using Tocsin.Core;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Storage;
using Tocsin.Storage.Recipients;
using Tocsin.Server.Webhooks;

namespace Tocsin.Server.Recipients;

/// <summary>Reminds the recipients of a posture who have not answered (no report on any measure addressed to
/// them): each gets a reminder message, listing its measures again with a fresh report link, through the webhook
/// outbox. Audited with who asked (a staff name, or <see cref="Automatic"/>).</summary>
public sealed class PostureReminders
{
    private readonly ITocsinStore _store;
    private readonly PostureMessageFactory _factory;
    private readonly WebhookSignal _signal;
    private readonly TimeProvider _clock;

    internal PostureReminders(ITocsinStore store, PostureMessageFactory factory, WebhookSignal signal, TimeProvider clock) =>
        (_store, _factory, _signal, _clock) = (store, factory, signal, clock);

    /// <summary>The requester named in the audit log for the server's own reminders.</summary>
    public const string Automatic = "automatic";

    /// <summary>Queues a reminder to every recipient of <paramref name="postureId"/> that has not answered; returns how
    /// many. Fails with <c>posture-not-found</c> or <c>posture-not-in-force</c>.</summary>
    public async Task<Result<int>> RemindAsync(Guid postureId, string requestedBy, CancellationToken cancellationToken) =>
        await RemindAsync(postureId, requestedBy, olderThan: null, cancellationToken);

    /// <summary>The automatic round: for every posture in force, reminds once each recipient that has not answered
    /// <paramref name="after"/> after its message. Returns how many reminders were queued.</summary>
    public async Task<int> RemindOverdueAsync(TimeSpan after, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var posture in await _store.Postures.ListAsync(null, cancellationToken))
        {
            if (posture.Status == DecisionStatus.Approved)
            {
                var reminded = await RemindAsync(posture.Id, Automatic, _clock.GetUtcNow() - after, cancellationToken);
                count += reminded.IsSuccess ? reminded.Value : 0;
            }
        }

        return count;
    }

    private async Task<Result<int>> RemindAsync(Guid postureId, string requestedBy, DateTimeOffset? olderThan, CancellationToken cancellationToken)
    {
        var posture = await _store.Postures.FindAsync(postureId, cancellationToken);
        if (posture is null)
        {
            return new Error("posture-not-found", $"No posture has id {postureId:D}.");
        }

        if (posture.Status != DecisionStatus.Approved)
        {
            return new Error("posture-not-in-force", $"Posture {postureId:D} is not approved and in force: there is nothing to remind of.").As(ErrorKind.Conflict);
        }

        var messages = await _store.Recipients.MessagesAsync(postureId, cancellationToken);
        var answered = (await _store.Recipients.ReportsAsync(postureId, latestOnly: true, cancellationToken)).Select(r => r.SubscriberId).ToHashSet();
        var reminders = new List<PostureMessage>();
        foreach (var subscriber in await _store.Webhooks.ListSubscribersAsync(includeDisabled: false, cancellationToken))
        {
            var own = messages.Where(m => m.SubscriberId == subscriber.Id).ToList();
            var addressed = own.LastOrDefault(m => m.Kind == PostureMessageKind.Approved);
            if (addressed is null || answered.Contains(subscriber.Id) || !Due(addressed, own, olderThan))
            {
                continue;
            }

            if (_factory.Create(posture, subscriber, PostureMessageKind.Reminder, null) is { } reminder)
            {
                reminders.Add(reminder);
            }
        }

        var written = await _store.Recipients.RemindAsync(postureId, reminders, requestedBy, cancellationToken);
        if (written > 0)
        {
            _signal.Notify();
        }

        return written;
    }

    /// <summary>A requested reminder is always due; an automatic one once, when the message is old enough.</summary>
    private static bool Due(PostureMessage addressed, List<PostureMessage> own, DateTimeOffset? olderThan) =>
        olderThan is not { } limit
        || (addressed.CreatedAt <= limit && !own.Any(m => m.Kind == PostureMessageKind.Reminder && m.CreatedAt >= addressed.CreatedAt));
}
