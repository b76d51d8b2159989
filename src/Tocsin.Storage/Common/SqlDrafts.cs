using Dapper;
using System.Data.Common;
using Tocsin.Core;
using Tocsin.Storage.Drafts;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="IDraftStore"/>. Row mapping: <see cref="DraftRows"/>.</summary>
internal sealed class SqlDrafts(IStoreDatabase database) : IDraftStore
{
    public async Task<Result<Draft>> AddAsync(Draft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM drafts WHERE id = @id", new { id = StoreValues.Text(draft.Id) }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            return DraftErrors.Exists(draft.Id);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO drafts (id, created_by, created_at, source, published, language, text, report_id, report_accepted_version, bundle)
            VALUES (@id, @createdBy, @createdAt, @Source, @published, @Language, @Text, @ReportId, NULL, @bundle)
            """,
            DraftRows.DraftParameters(draft),
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO draft_items (draft_id, position, item_id, field, type, label, confidence, spans, existing, status)
            VALUES (@draft, @position, @item, @field, @Type, @Label, @Confidence, @spans, @existing, 'pending')
            """,
            DraftRows.ItemParameters(draft),
            transaction,
            cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, DraftRows.AuditOfAdd(draft), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return draft with { Items = [.. draft.Items.Select(i => i with { Status = DraftItemStatus.Pending })] };
    }

    public async Task<Draft?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, id, cancellationToken);
    }

    public async Task<IReadOnlyList<Draft>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DraftRows.DraftRow>(new CommandDefinition(
            $"SELECT {DraftRows.DraftColumns} FROM drafts ORDER BY created_at DESC, id LIMIT @limit",
            new { limit = Math.Clamp(limit, 1, 1000) }, cancellationToken: cancellationToken))).ToList();
        var items = (await connection.QueryAsync<DraftRows.ItemRow>(new CommandDefinition(
            $"SELECT {DraftRows.ItemColumns} FROM draft_items WHERE {database.Dialect.AnyOf("draft_id", "ids")} ORDER BY draft_id, position",
            new { ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: cancellationToken)))
            .ToLookup(i => i.DraftId, StringComparer.Ordinal);
        return [.. rows.Select(r => DraftRows.ToDraft(r, [], items[r.Id]))];
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM drafts", cancellationToken: cancellationToken));
    }

    public async Task<Result<DraftItemState>> DecideAsync(Guid draftId, string itemId, DraftDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Status == DraftItemStatus.Pending)
        {
            throw new ArgumentException("A decision accepts or drops; it never makes an item pending again.", nameof(decision));
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var draft = await FindAsync(connection, transaction, draftId, cancellationToken);
        if (draft is null)
        {
            return DraftErrors.NotFound(draftId);
        }

        if (draft.Item(itemId) is not { } item)
        {
            return DraftErrors.ItemNotFound(draftId, itemId);
        }

        if (item.Status != DraftItemStatus.Pending)
        {
            return DraftErrors.NotPending(itemId, item.Status);
        }

        var now = database.NowMicros();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE draft_items SET status = @status, accepted_object_id = @objectId, accepted_version = @version, decided_by = @by, decided_at = @now
            WHERE draft_id = @draft AND item_id = @item
            """,
            DraftRows.DecisionParameters(draftId, itemId, decision, now),
            transaction,
            cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, DraftRows.AuditOfDecision(draftId, itemId, decision), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DraftRows.Decided(item, decision, now);
    }

    public async Task MarkReportAcceptedAsync(Guid draftId, string reportVersion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE drafts SET report_accepted_version = @reportVersion WHERE id = @id AND report_accepted_version IS NULL",
            new { id = StoreValues.Text(draftId), reportVersion }, cancellationToken: cancellationToken));
    }

    private static async Task<Draft?> FindAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        var key = StoreValues.Text(id);
        var row = await connection.QuerySingleOrDefaultAsync<DraftRows.DraftRow>(new CommandDefinition(
            $"SELECT {DraftRows.DraftColumns} FROM drafts WHERE id = @key", new { key }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var bundle = await connection.ExecuteScalarAsync<byte[]>(new CommandDefinition(
            "SELECT bundle FROM drafts WHERE id = @key", new { key }, transaction, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<DraftRows.ItemRow>(new CommandDefinition(
            $"SELECT {DraftRows.ItemColumns} FROM draft_items WHERE draft_id = @key ORDER BY position", new { key }, transaction, cancellationToken: cancellationToken));
        return DraftRows.ToDraft(row, bundle ?? [], items);
    }
}
