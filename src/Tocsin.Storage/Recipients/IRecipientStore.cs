using Tocsin.Core;

namespace Tocsin.Storage.Recipients;

/// <summary>Posture messages to recipients (webhook subscribers) and their implementation reports. Part of the
/// storage contract (<see cref="ITocsinStore.Recipients"/>): both engines implement it. A message is written with
/// one pending delivery in the webhook outbox, so it is signed, retried and acknowledged like a CAP message.</summary>
public interface IRecipientStore
{
    /// <summary>The sequence of the last posture change the delivery to recipients handled.</summary>
    Task<long> DeliveryCursorAsync(CancellationToken cancellationToken);

    /// <summary>Moves the delivery cursor from <paramref name="fromSequence"/> to <paramref name="toSequence"/> and
    /// writes <paramref name="messages"/>, each with a pending delivery due now, in one transaction. Returns false,
    /// writing nothing, when the cursor is no longer at <paramref name="fromSequence"/> (another node handled the
    /// batch).</summary>
    Task<bool> EnqueueAsync(long fromSequence, long toSequence, IReadOnlyList<PostureMessage> messages, CancellationToken cancellationToken);

    /// <summary>Writes reminder messages for <paramref name="postureId"/>, each with a pending delivery due now, and
    /// one audit entry naming <paramref name="requestedBy"/> and the recipients, in one transaction. Returns how many
    /// were written.</summary>
    Task<int> RemindAsync(Guid postureId, IReadOnlyList<PostureMessage> reminders, string requestedBy, CancellationToken cancellationToken);

    /// <summary>Every message sent about <paramref name="postureId"/>, oldest first, with its acknowledgement.</summary>
    Task<IReadOnlyList<PostureMessage>> MessagesAsync(Guid postureId, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="subscriberId"/> acknowledged the posture message <paramref name="messageId"/>;
    /// a repeat keeps the first time. Fails with <c>delivery-not-found</c> when no such message was sent to it.</summary>
    Task<Result<DateTimeOffset>> AcknowledgeAsync(Guid subscriberId, Guid messageId, CancellationToken cancellationToken);

    /// <summary>Stores reports of one recipient on one posture (already checked against the measures addressed to
    /// it) with one audit entry, in one transaction; returns them with their time and sequence.</summary>
    Task<IReadOnlyList<ImplementationReport>> AddReportsAsync(IReadOnlyList<ImplementationReport> reports, CancellationToken cancellationToken);

    /// <summary>The reports on <paramref name="postureId"/> in the order they were recorded: every one, or when
    /// <paramref name="latestOnly"/> the latest per recipient and measure.</summary>
    Task<IReadOnlyList<ImplementationReport>> ReportsAsync(Guid postureId, bool latestOnly, CancellationToken cancellationToken);
}
