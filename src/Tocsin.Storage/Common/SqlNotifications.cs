using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core.Audit;
using Tocsin.Storage.Notifications;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Common;

/// <summary><see cref="INotificationStore"/> on either engine. A claim is one UPDATE that re-checks the row's state
/// and lease in its own WHERE: under SQLite's one writer that is enough, and under PostgreSQL a second claimer
/// waiting on a row the first one just claimed re-reads it (READ COMMITTED), sees the lease and leaves it.</summary>
internal sealed class SqlNotifications(IStoreDatabase database) : INotificationStore
{
    private const string InsertSql =
        """
        INSERT INTO notifications (id, key, channel, kind, decision_id, subject, body, state, next_attempt_at, created_at)
        VALUES (@id, @key, @channel, @kind, @decision, @subject, @body, 'pending', @now, @now)
        ON CONFLICT DO NOTHING
        """;

    private const string UnacknowledgedSql =
        """
        SELECT p.decision_id AS DecisionId, p.identifier AS PublicationIdentifier, p.sent AS Sent, d.subscriber_id AS SubscriberId, s.name AS SubscriberName
        FROM publications p
        JOIN webhook_deliveries d ON d.publication_sequence = p.sequence
        JOIN webhook_subscribers s ON s.id = d.subscriber_id
        WHERE p.decision_id IS NOT NULL AND p.sent <= @sentBefore AND s.disabled_at IS NULL
          AND p.sequence = (SELECT MIN(f.sequence) FROM publications f WHERE f.decision_id = p.decision_id)
          AND NOT EXISTS (SELECT 1 FROM webhook_acknowledgements a JOIN publications q ON q.sequence = a.publication_sequence
                          WHERE q.decision_id = p.decision_id AND a.subscriber_id = d.subscriber_id)
        """;

    public async Task<long> CursorAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT sequence FROM notification_cursor WHERE id = 1", cancellationToken: cancellationToken));
    }

    public async Task<bool> PlanAsync(long fromSequence, long toSequence, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentOutOfRangeException.ThrowIfLessThan(toSequence, fromSequence);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = notifications.Count == 0
            ? await database.BeginUnauditedWriteAsync(connection, cancellationToken)
            : await database.BeginWriteAsync(connection, cancellationToken);
        var moved = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE notification_cursor SET sequence = @toSequence WHERE id = 1 AND sequence = @fromSequence",
            new { fromSequence, toSequence }, transaction, cancellationToken: cancellationToken));
        if (moved == 0)
        {
            return false;
        }

        await InsertAsync(connection, transaction, notifications, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<int> AddAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var added = await InsertAsync(connection, transaction, notifications, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<DueNotification>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginUnauditedWriteAsync(connection, cancellationToken);
        var now = database.NowMicros();
        var token = StoreValues.Text(Guid.NewGuid());
        const string Due = "state = 'pending' AND next_attempt_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)";
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE notifications SET claimed_until = @until, claim_token = @token
            WHERE id IN (SELECT id FROM notifications WHERE {Due} ORDER BY next_attempt_at LIMIT @limit) AND {Due}
            """,
            new { now, until = now + DueDeliveryRow.LeaseMicros(lease), token, limit }, transaction, cancellationToken: cancellationToken));
        if (claimed == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return [];
        }

        var rows = await connection.QueryAsync<NotificationRows.DueRow>(new CommandDefinition(
            """
            SELECT id AS Id, claim_token AS ClaimToken, attempts AS Attempts, key AS Key, channel AS Channel, kind AS Kind, decision_id AS DecisionId,
                   subject AS Subject, body AS Body
            FROM notifications WHERE claim_token = @token ORDER BY next_attempt_at, id
            """,
            new { token }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return [.. rows.Select(r => r.ToDue())];
    }

    public async Task<bool> RecordAsync(NotificationAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var final = attempt.State != DeliveryState.Pending;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = final
            ? await database.BeginWriteAsync(connection, cancellationToken)
            : await database.BeginUnauditedWriteAsync(connection, cancellationToken);
        var now = database.NowMicros();
        var state = DeliveryStateNames.Of(attempt.State);
        var id = StoreValues.Text(attempt.Id);
        var recorded = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE notifications
            SET state = @state, attempts = attempts + 1, next_attempt_at = COALESCE(@next, next_attempt_at), claimed_until = NULL, claim_token = NULL,
                last_error = @error, delivered_at = CASE WHEN @state = 'delivered' THEN @now ELSE delivered_at END
            WHERE id = @id AND claim_token = @token AND state = 'pending'
            """,
            new
            {
                state,
                next = attempt.NextAttemptAt is { } next ? DateAddedStamp.FromInstant(next).Microseconds : (long?)null,
                error = attempt.Error,
                now,
                id,
                token = StoreValues.Text(attempt.ClaimToken),
            },
            transaction,
            cancellationToken: cancellationToken));
        if (recorded == 1 && final)
        {
            await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.NotificationOutcome, id, new JsonObject
            {
                ["state"] = state,
                ["error"] = attempt.Error,
            }), now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return recorded == 1;
    }

    public async Task<IReadOnlyList<NotificationStatus>> ForDecisionAsync(Guid decisionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<NotificationRows.StatusRow>(new CommandDefinition(
            """
            SELECT id AS Id, key AS Key, channel AS Channel, kind AS Kind, subject AS Subject, state AS State, attempts AS Attempts,
                   last_error AS LastError, created_at AS CreatedAt, delivered_at AS DeliveredAt
            FROM notifications WHERE decision_id = @decision ORDER BY created_at, id
            """,
            new { decision = StoreValues.Text(decisionId) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToStatus())];
    }

    public async Task<IReadOnlyList<UnacknowledgedDelivery>> UnacknowledgedAsync(DateTimeOffset sentBefore, Guid? decisionId, bool unescalatedOnly,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var sql = UnacknowledgedSql
            + (decisionId is null ? string.Empty : " AND p.decision_id = @decision")
            + (unescalatedOnly ? " AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.key = 'unacknowledged:' || p.decision_id || ':' || d.subscriber_id)" : string.Empty)
            + " ORDER BY p.sent, s.name, d.subscriber_id";
        var rows = await connection.QueryAsync<NotificationRows.UnacknowledgedRow>(new CommandDefinition(sql,
            new { sentBefore = DateAddedStamp.FromInstant(sentBefore).Microseconds, decision = decisionId is { } id ? StoreValues.Text(id) : null },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDelivery())];
    }

    private async Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
        {
            return 0;
        }

        var now = database.NowMicros();
        var added = await connection.ExecuteAsync(new CommandDefinition(InsertSql, notifications.Select(n => NotificationRows.Insert(n, now)),
            transaction, cancellationToken: cancellationToken));
        if (added > 0)
        {
            await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.NotificationQueue, string.Empty, new JsonObject
            {
                ["keys"] = new JsonArray([.. notifications.Select(n => (JsonNode?)JsonValue.Create(n.Key + " " + NotificationRows.ChannelName(n.Channel)))]),
            }), now, cancellationToken);
        }

        return added;
    }
}
