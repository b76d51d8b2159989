using Tocsin.Core;

namespace Tocsin.Storage.Webhooks;

/// <summary>The outbox half of <see cref="IWebhookStore"/>: the one part of webhooks whose SQL differs by engine
/// (how concurrent claimers share due deliveries: SQLite's one writer, PostgreSQL's <c>SKIP LOCKED</c>).</summary>
internal interface IWebhookOutbox
{
    Task<long> CursorAsync(CancellationToken cancellationToken);

    Task<bool> EnqueueAsync(long fromSequence, long toSequence, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken);

    Task<IReadOnlyList<DueDelivery>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken);

    Task<int> RecordAsync(IReadOnlyList<DeliveryAttempt> attempts, CancellationToken cancellationToken);

    Task<Result<Acknowledgement>> AcknowledgeAsync(Guid subscriberId, string publicationIdentifier, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryStatus>> DeliveriesAsync(long publicationSequence, CancellationToken cancellationToken);
}
