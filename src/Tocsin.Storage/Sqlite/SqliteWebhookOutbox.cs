using Dapper;
using Tocsin.Core;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Sqlite;

/// <summary>The outbox half of <see cref="Common.SqlWebhooks"/>. SQLite has no <c>FOR UPDATE SKIP LOCKED</c>:
/// a claim is an UPDATE under the one write lock (<c>BEGIN IMMEDIATE</c>) that stamps a token and a lease,
/// so two dispatchers never hold the same delivery, and a crashed one's claims expire with the lease.</summary>
internal sealed class SqliteWebhookOutbox(SqliteDatabase database) : IWebhookOutbox
{
    public async Task<long> CursorAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT sequence FROM webhook_cursor WHERE id = 1", cancellationToken: cancellationToken));
    }

    public async Task<bool> EnqueueAsync(long fromSequence, long toSequence, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfLessThan(toSequence, fromSequence);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var moved = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE webhook_cursor SET sequence = @toSequence WHERE id = 1 AND sequence = @fromSequence",
            new { fromSequence, toSequence }, transaction, cancellationToken: cancellationToken));
        if (moved == 0)
        {
            return false;
        }

        var now = database.NowMicros();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT OR IGNORE INTO webhook_deliveries (id, publication_sequence, subscriber_id, state, next_attempt_at)
            VALUES (@id, @sequence, @subscriber, 'pending', @now)
            """,
            entries.Select(e => new { id = SqliteDatabase.Text(Guid.CreateVersion7()), sequence = e.PublicationSequence, subscriber = SqliteDatabase.Text(e.SubscriberId), now }),
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<DueDelivery>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var now = database.NowMicros();
        var token = SqliteDatabase.Text(Guid.NewGuid());
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhook_deliveries SET claimed_until = @until, claim_token = @token
            WHERE id IN (
                SELECT d.id FROM webhook_deliveries d JOIN webhook_subscribers s ON s.id = d.subscriber_id
                WHERE d.state = 'pending' AND d.next_attempt_at <= @now AND (d.claimed_until IS NULL OR d.claimed_until <= @now)
                  AND s.disabled_at IS NULL
                ORDER BY d.next_attempt_at LIMIT @limit)
            """,
            new { now, until = now + DueDeliveryRow.LeaseMicros(lease), token, limit }, transaction, cancellationToken: cancellationToken));
        if (claimed == 0)
        {
            return [];
        }

        var rows = await connection.QueryAsync<DueDeliveryRow>(new CommandDefinition(
            """
            SELECT d.id AS Id, d.claim_token AS ClaimToken, COALESCE(d.publication_sequence, 0) AS PublicationSequence,
                   COALESCE(p.identifier, m.id) AS PublicationIdentifier, d.subscriber_id AS SubscriberId, s.url AS Url, s.secret AS Secret,
                   d.attempts AS Attempts, COALESCE(p.xml, m.body) AS Body, d.message_id AS MessageId
            FROM webhook_deliveries d
            JOIN webhook_subscribers s ON s.id = d.subscriber_id
            LEFT JOIN publications p ON p.sequence = d.publication_sequence
            LEFT JOIN posture_messages m ON m.id = d.message_id
            WHERE d.claim_token = @token
            ORDER BY d.next_attempt_at
            """,
            new { token }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return [.. rows.Select(r => r.ToDelivery())];
    }

    public async Task<int> RecordAsync(IReadOnlyList<DeliveryAttempt> attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        if (attempts.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var now = database.NowMicros();
        var rows = attempts.Select(a => DeliveryAttemptRow.Of(a, now)).ToList();
        await connection.ExecuteAsync(new CommandDefinition(DeliveryAttemptRow.InsertHistory, rows, transaction, cancellationToken: cancellationToken));
        var recorded = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhook_deliveries
            SET state = @State, attempts = attempts + 1, next_attempt_at = COALESCE(@Next, next_attempt_at), claimed_until = NULL, claim_token = NULL,
                last_status = @Status, last_error = @Error, delivered_at = CASE WHEN @State = 'delivered' THEN @Now ELSE delivered_at END
            WHERE id = @Id AND claim_token = @Token AND state = 'pending'
            """,
            rows,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return recorded;
    }

    public async Task<Result<Acknowledgement>> AcknowledgeAsync(Guid subscriberId, string publicationIdentifier, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var subscriber = SqliteDatabase.Text(subscriberId);
        var sequence = await connection.QueryFirstOrDefaultAsync<long?>(new CommandDefinition(
            """
            SELECT d.publication_sequence FROM webhook_deliveries d JOIN publications p ON p.sequence = d.publication_sequence
            WHERE p.identifier = @publicationIdentifier AND d.subscriber_id = @subscriber
            """,
            new { publicationIdentifier, subscriber }, transaction, cancellationToken: cancellationToken));
        if (sequence is null)
        {
            return WebhookErrors.DeliveryNotFound(publicationIdentifier);
        }

        var now = database.NowMicros();
        var first = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO webhook_acknowledgements (publication_sequence, subscriber_id, acknowledged_at) VALUES (@sequence, @subscriber, @now)",
            new { sequence, subscriber, now }, transaction, cancellationToken: cancellationToken));
        if (first > 0)
        {
            // Only the first acknowledgement changes anything; delivery attempts are operational, not audited.
            await SqliteAudit.AppendAsync(connection, transaction, WebhookAudit.Acknowledged(subscriber, publicationIdentifier, sequence.Value), now, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(AcknowledgedDeliverySql.SettlePublication,
            new { sequence, subscriber, now }, transaction, cancellationToken: cancellationToken));
        var at = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT acknowledged_at FROM webhook_acknowledgements WHERE publication_sequence = @sequence AND subscriber_id = @subscriber",
            new { sequence, subscriber }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new Acknowledgement(subscriberId, sequence.Value, publicationIdentifier, SqliteDatabase.InstantOf(at));
    }

    public async Task<IReadOnlyList<DeliveryStatus>> DeliveriesAsync(long publicationSequence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryStatusRow>(new CommandDefinition(
            """
            SELECT d.subscriber_id AS SubscriberId, s.name AS SubscriberName, d.state AS State, d.attempts AS Attempts, d.last_status AS LastStatus,
                   d.last_error AS LastError, d.delivered_at AS DeliveredAt, a.acknowledged_at AS AcknowledgedAt
            FROM webhook_deliveries d
            JOIN webhook_subscribers s ON s.id = d.subscriber_id
            LEFT JOIN webhook_acknowledgements a ON a.publication_sequence = d.publication_sequence AND a.subscriber_id = d.subscriber_id
            WHERE d.publication_sequence = @publicationSequence
            ORDER BY s.name
            """,
            new { publicationSequence }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToStatus())];
    }
}
