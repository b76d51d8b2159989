using System.Data.Common;
using Dapper;
using Tocsin.Core;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Common;

/// <summary>The delivery history half of <see cref="SqlWebhooks"/>: a subscriber's deliveries, their attempts, and
/// retrying a dead letter. The same SQL on both engines; retrying is an audited write under the engine's write lock.</summary>
internal sealed class SqlWebhookDeliveries(IStoreDatabase database)
{
    public async Task<DeliveryCounts> CountsAsync(Guid subscriberId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<(string State, long Count)>(new CommandDefinition(
            "SELECT state, COUNT(*) FROM webhook_deliveries WHERE subscriber_id = @subscriber GROUP BY state",
            new { subscriber = StoreValues.Text(subscriberId) }, cancellationToken: cancellationToken))).ToList();
        int Of(DeliveryState state) => (int)rows.Where(r => DeliveryStateNames.Parse(r.State) == state).Sum(r => r.Count);
        return new DeliveryCounts(Of(DeliveryState.Pending), Of(DeliveryState.Delivered), Of(DeliveryState.Dead));
    }

    /// <remarks>Delivery ids are UUIDv7, so their text order is the order they were enqueued in: newest first is
    /// descending id, and a page continues strictly below the last id served, stable while others write.</remarks>
    public async Task<IReadOnlyList<SubscriberDelivery>> ListAsync(Guid subscriberId, DeliveryState? state, Guid? before, int limit,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var where = "d.subscriber_id = @subscriber"
            + (state is null ? string.Empty : " AND d.state = @state")
            + (before is null ? string.Empty : " AND d.id < @before");
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriberDeliveryRow>(new CommandDefinition(
            $"{SubscriberDeliveryRow.Select} WHERE {where} ORDER BY d.id DESC LIMIT @limit",
            new
            {
                subscriber = StoreValues.Text(subscriberId),
                state = state is { } s ? DeliveryStateNames.Of(s) : null,
                before = before is { } b ? StoreValues.Text(b) : null,
                limit,
            },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDelivery())];
    }

    public async Task<SubscriberDelivery?> FindAsync(Guid subscriberId, Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, StoreValues.Text(subscriberId), StoreValues.Text(deliveryId), cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedAttempt>> AttemptsAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RecordedAttemptRow>(new CommandDefinition(
            """
            SELECT number AS Number, attempted_at AS AttemptedAt, outcome AS Outcome, status AS Status, error AS Error
            FROM webhook_attempts WHERE delivery_id = @id ORDER BY number
            """,
            new { id = StoreValues.Text(deliveryId) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToAttempt())];
    }

    /// <remarks>Every check is made inside the write transaction that changes the row, so two administrators retrying
    /// at once (or one submitting twice) put the letter back once and write one audit entry: the second finds it
    /// pending, not attempted since that retry, and is told so without a change. The UPDATE is also a
    /// compare-and-set on the dead state.</remarks>
    public async Task<Result<RetriedDelivery>> RetryAsync(Guid subscriberId, Guid deliveryId, CancellationToken cancellationToken)
    {
        var subscriber = StoreValues.Text(subscriberId);
        var id = StoreValues.Text(deliveryId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        // -1: active; null: no such subscriber.
        var disabledAt = await connection.QueryFirstOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT COALESCE(disabled_at, -1) FROM webhook_subscribers WHERE id = @subscriber", new { subscriber }, transaction,
            cancellationToken: cancellationToken));
        if (disabledAt is null)
        {
            return WebhookErrors.SubscriberNotFound(subscriber);
        }

        var delivery = await FindAsync(connection, transaction, subscriber, id, cancellationToken);
        if (Refusal(delivery, id, subscriber, removed: disabledAt >= 0) is { } refused)
        {
            return refused;
        }

        if (delivery!.State == DeliveryState.Pending)
        {
            return new RetriedDelivery(delivery, AlreadyQueued: true);
        }

        var now = database.NowMicros();
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhook_deliveries SET state = 'pending', attempts = 0, next_attempt_at = @now, claimed_until = NULL, claim_token = NULL,
                retries = retries + 1, retried_at = @now
            WHERE id = @id AND state = 'dead'
            """,
            new { id, now }, transaction, cancellationToken: cancellationToken));
        if (changed != 1)
        {
            throw new InvalidOperationException($"Dead letter {id} changed under the write lock.");
        }

        await database.AppendAuditAsync(connection, transaction,
            WebhookAudit.Retried(subscriber, id, delivery.PublicationIdentifier, delivery.Attempts), now, cancellationToken);
        var retried = await FindAsync(connection, transaction, subscriber, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RetriedDelivery(retried!, AlreadyQueued: false);
    }

    /// <summary>Why <paramref name="delivery"/> cannot be retried, or null when it can — or when it is pending only because
    /// a retry put it back and it was not attempted since (a repeat of that retry, answered without a change).</summary>
    private static Error? Refusal(SubscriberDelivery? delivery, string id, string subscriber, bool removed)
    {
        if (delivery is null)
        {
            return WebhookErrors.DeliveryUnknown(subscriber, id);
        }

        if (removed)
        {
            return WebhookErrors.SubscriberRemoved(subscriber);
        }

        var requeued = delivery is { State: DeliveryState.Pending, Retries: > 0, Attempts: 0 };
        if (delivery.State != DeliveryState.Dead && !requeued)
        {
            return WebhookErrors.DeliveryNotDead(id, delivery.State);
        }

        return delivery.AcknowledgedAt is not null && !requeued ? WebhookErrors.DeliveryAcknowledged(id) : null;
    }

    private static async Task<SubscriberDelivery?> FindAsync(DbConnection connection, DbTransaction? transaction, string subscriber, string id,
        CancellationToken cancellationToken)
    {
        var row = await connection.QueryFirstOrDefaultAsync<SubscriberDeliveryRow>(new CommandDefinition(
            $"{SubscriberDeliveryRow.Select} WHERE d.id = @id AND d.subscriber_id = @subscriber", new { id, subscriber }, transaction,
            cancellationToken: cancellationToken));
        return row?.ToDelivery();
    }
}
