using System.Data.Common;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Plan.Recipients;
using Tocsin.Storage.Recipients;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Common;

/// <summary><see cref="IRecipientStore"/> on either engine: plain inserts and compare-and-set updates that both
/// engines run alike. The cursor and message writes are operational (a posture change is audited where it is
/// recorded); reminders and reports are audited.</summary>
internal sealed class SqlRecipients(IStoreDatabase database) : IRecipientStore
{
    private const string InsertMessage =
        """
        INSERT INTO posture_messages (id, posture_id, subscriber_id, kind, change_sequence, measure_ids, body, created_at)
        VALUES (@id, @posture, @subscriber, @kind, @change, @measures, @body, @now)
        """;

    private const string InsertDelivery =
        "INSERT INTO webhook_deliveries (id, message_id, subscriber_id, state, next_attempt_at) VALUES (@delivery, @id, @subscriber, 'pending', @now)";

    public async Task<long> DeliveryCursorAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT sequence FROM posture_delivery_cursor WHERE id = 1", cancellationToken: cancellationToken));
    }

    public async Task<bool> EnqueueAsync(long fromSequence, long toSequence, IReadOnlyList<PostureMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentOutOfRangeException.ThrowIfLessThan(toSequence, fromSequence);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginUnauditedWriteAsync(connection, cancellationToken);
        var moved = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE posture_delivery_cursor SET sequence = @toSequence WHERE id = 1 AND sequence = @fromSequence",
            new { fromSequence, toSequence }, transaction, cancellationToken: cancellationToken));
        if (moved == 0)
        {
            return false;
        }

        await WriteAsync(connection, transaction, messages, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<int> RemindAsync(Guid postureId, IReadOnlyList<PostureMessage> reminders, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        if (reminders.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var now = await WriteAsync(connection, transaction, reminders, cancellationToken);
        await database.AppendAuditAsync(connection, transaction, RecipientRows.AuditOfReminders(postureId, reminders, requestedBy), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reminders.Count;
    }

    public async Task<IReadOnlyList<PostureMessage>> MessagesAsync(Guid postureId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PostureMessageRow>(new CommandDefinition(
            $"{RecipientRows.SelectMessage} WHERE posture_id = @posture ORDER BY created_at, id", new { posture = StoreValues.Text(postureId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToMessage())];
    }

    public async Task<Result<DateTimeOffset>> AcknowledgeAsync(Guid subscriberId, Guid messageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var key = new { id = StoreValues.Text(messageId), subscriber = StoreValues.Text(subscriberId), now = database.NowMicros() };
        var first = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE posture_messages SET acknowledged_at = @now WHERE id = @id AND subscriber_id = @subscriber AND acknowledged_at IS NULL",
            key, transaction, cancellationToken: cancellationToken));
        var at = await connection.QueryFirstOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT acknowledged_at FROM posture_messages WHERE id = @id AND subscriber_id = @subscriber", key, transaction,
            cancellationToken: cancellationToken));
        if (at is null)
        {
            return WebhookErrors.DeliveryNotFound(key.id);
        }

        if (first > 0)
        {
            await database.AppendAuditAsync(connection, transaction, WebhookAudit.Acknowledged(key.subscriber, key.id, 0), key.now, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition(AcknowledgedDeliverySql.SettlePostureMessage, key, transaction, cancellationToken: cancellationToken));

        await transaction.CommitAsync(cancellationToken);
        return StoreValues.InstantOf(at.Value);
    }

    public async Task<IReadOnlyList<ImplementationReport>> AddReportsAsync(IReadOnlyList<ImplementationReport> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return [];
        }

        if (reports.Any(r => r.PostureId != reports[0].PostureId || r.SubscriberId != reports[0].SubscriberId))
        {
            throw new ArgumentException("One call records the reports of one recipient on one posture.", nameof(reports));
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var now = database.NowMicros();
        var stored = new List<ImplementationReport>();
        foreach (var report in reports)
        {
            var sequence = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO implementation_reports (posture_id, subscriber_id, measure_id, status, comment, reporter, reported_at)
                VALUES (@posture, @subscriber, @measure, @status, @comment, @reporter, @now) RETURNING sequence
                """,
                new
                {
                    posture = StoreValues.Text(report.PostureId),
                    subscriber = StoreValues.Text(report.SubscriberId),
                    measure = report.MeasureId,
                    status = ImplementationStatuses.NameOf(report.Status),
                    comment = report.Comment is { Length: > ImplementationReport.MaxCommentLength } text ? text[..ImplementationReport.MaxCommentLength] : report.Comment,
                    reporter = report.Reporter,
                    now,
                },
                transaction,
                cancellationToken: cancellationToken));
            stored.Add(report with { ReportedAt = StoreValues.InstantOf(now), Sequence = sequence });
        }

        await database.AppendAuditAsync(connection, transaction, RecipientRows.AuditOfReports(stored), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<IReadOnlyList<ImplementationReport>> ReportsAsync(Guid postureId, bool latestOnly, CancellationToken cancellationToken)
    {
        var latest = latestOnly
            ? " AND sequence = (SELECT MAX(l.sequence) FROM implementation_reports l WHERE l.posture_id = implementation_reports.posture_id " +
              "AND l.subscriber_id = implementation_reports.subscriber_id AND l.measure_id = implementation_reports.measure_id)"
            : string.Empty;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ImplementationReportRow>(new CommandDefinition(
            $"{RecipientRows.SelectReport} WHERE posture_id = @posture{latest} ORDER BY sequence", new { posture = StoreValues.Text(postureId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToReport())];
    }

    /// <summary>Writes each message and its pending delivery; returns the time they were written at.</summary>
    private async Task<long> WriteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PostureMessage> messages, CancellationToken cancellationToken)
    {
        var now = database.NowMicros();
        var rows = messages.Select(m => RecipientRows.MessageParameters(m, now)).ToList();
        if (rows.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertMessage, rows, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(InsertDelivery, rows, transaction, cancellationToken: cancellationToken));
        }

        return now;
    }
}
