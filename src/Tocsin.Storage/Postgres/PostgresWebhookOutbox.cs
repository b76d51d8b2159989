using Dapper;
using Tocsin.Core;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Postgres;

/// <summary>The outbox half of <see cref="Common.SqlWebhooks"/>, shared by every node on one database.
/// A claim selects due rows with <c>FOR UPDATE SKIP LOCKED</c> and stamps a token and a lease in one
/// statement: concurrent claimers on any nodes take disjoint rows without waiting for each other, and a
/// crashed node's claims expire with the lease. None of the outbox's own operations is audited, so claims,
/// attempts and the fan-out cursor rely on row locks, never on the global write lock that audited writes
/// queue on: a slow import or audit append never holds up deliveries.</summary>
internal sealed class PostgresWebhookOutbox(PostgresDatabase database) : IWebhookOutbox
{
    public async Task<long> CursorAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT sequence FROM webhook_cursor WHERE id = 1", cancellationToken: cancellationToken));
    }

    /// <remarks>The compare-and-set UPDATE locks the one cursor row: a second node moving the cursor from the
    /// same value waits for the first to commit, then (READ COMMITTED re-checks the WHERE on the new row)
    /// matches nothing and returns false, so each range of publications is fanned out once.</remarks>
    public async Task<bool> EnqueueAsync(long fromSequence, long toSequence, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfLessThan(toSequence, fromSequence);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var moved = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE webhook_cursor SET sequence = @toSequence WHERE id = 1 AND sequence = @fromSequence",
            new { fromSequence, toSequence }, transaction, cancellationToken: cancellationToken));
        if (moved == 0)
        {
            return false;
        }

        if (entries.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO webhook_deliveries (id, publication_sequence, subscriber_id, state, next_attempt_at)
                SELECT e.id, e.publication, e.subscriber, 'pending', @now FROM unnest(@ids, @sequences, @subscribers) AS e (id, publication, subscriber)
                ON CONFLICT DO NOTHING
                """,
                new
                {
                    ids = entries.Select(_ => PostgresDatabase.Text(Guid.CreateVersion7())).ToArray(),
                    sequences = entries.Select(e => e.PublicationSequence).ToArray(),
                    subscribers = entries.Select(e => PostgresDatabase.Text(e.SubscriberId)).ToArray(),
                    now = database.NowMicros(),
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <remarks>One statement in its own transaction. Rows another claimer has locked are skipped, not waited
    /// for; a row whose claimer committed meanwhile is re-checked against the WHERE (READ COMMITTED) and, now
    /// leased, left out. The lease and token are those of SQLite's claim.</remarks>
    public async Task<IReadOnlyList<DueDelivery>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = database.NowMicros();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DueDeliveryRow>(new CommandDefinition(
            """
            WITH due AS (
                SELECT d.id FROM webhook_deliveries d JOIN webhook_subscribers s ON s.id = d.subscriber_id
                WHERE d.state = 'pending' AND d.next_attempt_at <= @now AND (d.claimed_until IS NULL OR d.claimed_until <= @now)
                  AND s.disabled_at IS NULL
                ORDER BY d.next_attempt_at LIMIT @limit
                FOR UPDATE OF d SKIP LOCKED),
            claimed AS (
                UPDATE webhook_deliveries d SET claimed_until = @until, claim_token = @token
                FROM due WHERE d.id = due.id
                RETURNING d.id, d.claim_token, d.publication_sequence, d.subscriber_id, d.attempts, d.next_attempt_at, d.message_id)
            SELECT c.id AS Id, c.claim_token AS ClaimToken, COALESCE(c.publication_sequence, 0) AS PublicationSequence,
                   COALESCE(p.identifier, m.id) AS PublicationIdentifier, c.subscriber_id AS SubscriberId, s.url AS Url, s.secret AS Secret,
                   c.attempts AS Attempts, COALESCE(p.xml, m.body) AS Body, c.message_id AS MessageId
            FROM claimed c
            JOIN webhook_subscribers s ON s.id = c.subscriber_id
            LEFT JOIN publications p ON p.sequence = c.publication_sequence
            LEFT JOIN posture_messages m ON m.id = c.message_id
            ORDER BY c.next_attempt_at
            """,
            new { now, until = now + DueDeliveryRow.LeaseMicros(lease), token = PostgresDatabase.Text(Guid.NewGuid()), limit },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return [.. rows.Select(r => r.ToDelivery())];
    }

    /// <remarks>Each UPDATE matches only a row still claimed with the attempt's token: a late report from a
    /// claimer whose lease expired (and whose row was claimed again) changes nothing.</remarks>
    public async Task<int> RecordAsync(IReadOnlyList<DeliveryAttempt> attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        if (attempts.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
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
        await using var transaction = await PostgresDatabase.BeginWriteAsync(connection, cancellationToken);
        var subscriber = PostgresDatabase.Text(subscriberId);
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
            """
            INSERT INTO webhook_acknowledgements (publication_sequence, subscriber_id, acknowledged_at) VALUES (@sequence, @subscriber, @now)
            ON CONFLICT DO NOTHING
            """,
            new { sequence, subscriber, now }, transaction, cancellationToken: cancellationToken));
        if (first > 0)
        {
            // Only the first acknowledgement changes anything; delivery attempts are operational, not audited.
            await PostgresAudit.AppendAsync(connection, transaction, WebhookAudit.Acknowledged(subscriber, publicationIdentifier, sequence.Value), now, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(AcknowledgedDeliverySql.SettlePublication,
            new { sequence, subscriber, now }, transaction, cancellationToken: cancellationToken));
        var at = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT acknowledged_at FROM webhook_acknowledgements WHERE publication_sequence = @sequence AND subscriber_id = @subscriber",
            new { sequence, subscriber }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new Acknowledgement(subscriberId, sequence.Value, publicationIdentifier, PostgresDatabase.InstantOf(at));
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
            ORDER BY s.name COLLATE "C"
            """,
            new { publicationSequence }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToStatus())];
    }
}
