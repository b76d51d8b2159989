using Tocsin.Core.Audit;
using System.Text.Json.Nodes;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Tocsin.Core;
using Tocsin.Core.Ingest;
using Tocsin.Storage.Drafts;

namespace Tocsin.Storage.Sqlite;

/// <summary>The SQLite side of <see cref="IDraftStore"/>.</summary>
internal sealed class SqliteDrafts(SqliteDatabase database) : IDraftStore
{
    private const string DraftColumns =
        "id AS Id, created_by AS CreatedBy, created_at AS CreatedAt, source AS Source, published AS Published, language AS Language, " +
        "text AS Text, report_id AS ReportId, report_accepted_version AS ReportAcceptedVersion";

    private const string ItemColumns =
        "draft_id AS DraftId, item_id AS ItemId, field AS Field, type AS Type, label AS Label, confidence AS Confidence, spans AS Spans, " +
        "existing AS Existing, status AS Status, accepted_object_id AS AcceptedObjectId, accepted_version AS AcceptedVersion, " +
        "decided_by AS DecidedBy, decided_at AS DecidedAt";

    public async Task<Result<Draft>> AddAsync(Draft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM drafts WHERE id = @id", new { id = SqliteDatabase.Text(draft.Id) }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            return DraftErrors.Exists(draft.Id);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO drafts (id, created_by, created_at, source, published, language, text, report_id, report_accepted_version, bundle)
            VALUES (@id, @createdBy, @createdAt, @Source, @published, @Language, @Text, @ReportId, NULL, @bundle)
            """,
            new
            {
                id = SqliteDatabase.Text(draft.Id),
                createdBy = SqliteDatabase.Text(draft.CreatedBy),
                createdAt = DateAddedStamp.FromInstant(draft.CreatedAt).Microseconds,
                draft.Source,
                published = draft.Published is { } p ? DateAddedStamp.FromInstant(p).Microseconds : (long?)null,
                draft.Language,
                draft.Text,
                draft.ReportId,
                bundle = draft.Bundle.ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
        var items = draft.Items.Select((item, position) => new
        {
            draft = SqliteDatabase.Text(draft.Id),
            position,
            item = item.Id,
            field = item.Field.ToString(),
            item.Type,
            item.Label,
            item.Confidence,
            spans = WriteSpans(item.Spans),
            existing = item.Existing ? 1 : 0,
        });
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO draft_items (draft_id, position, item_id, field, type, label, confidence, spans, existing, status)
            VALUES (@draft, @position, @item, @field, @Type, @Label, @Confidence, @spans, @existing, 'pending')
            """,
            items,
            transaction,
            cancellationToken: cancellationToken));
        await SqliteAudit.AppendAsync(connection, transaction, AuditRecord.Of(AuditActions.DraftAdd, SqliteDatabase.Text(draft.Id), new JsonObject
        {
            ["created_by"] = SqliteDatabase.Text(draft.CreatedBy),
            ["source"] = draft.Source,
            ["report"] = draft.ReportId,
            ["items"] = draft.Items.Count,
            ["bundle_sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(draft.Bundle.Span)),
        }), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return draft with { Items = [.. draft.Items.Select(i => i with { Status = DraftItemStatus.Pending })] };
    }

    public async Task<Draft?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, id, cancellationToken);
    }

    public async Task<IReadOnlyList<Draft>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DraftRow>(new CommandDefinition(
            $"SELECT {DraftColumns} FROM drafts ORDER BY created_at DESC, id LIMIT @limit",
            new { limit = Math.Clamp(limit, 1, 1000) }, cancellationToken: cancellationToken))).ToList();
        var items = (await connection.QueryAsync<ItemRow>(new CommandDefinition(
            $"SELECT {ItemColumns} FROM draft_items WHERE draft_id IN @ids ORDER BY draft_id, position",
            new { ids = rows.Select(r => r.Id).ToList() }, cancellationToken: cancellationToken)))
            .ToLookup(i => i.DraftId, StringComparer.Ordinal);
        return [.. rows.Select(r => ToDraft(r, [], items[r.Id]))];
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM drafts", cancellationToken: cancellationToken));
    }

    public async Task<Result<DraftItemState>> DecideAsync(Guid draftId, string itemId, DraftDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Status == DraftItemStatus.Pending)
        {
            throw new ArgumentException("A decision accepts or drops; it never makes an item pending again.", nameof(decision));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
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
            new
            {
                status = StatusText(decision.Status),
                objectId = decision.AcceptedObjectId,
                version = decision.AcceptedVersion,
                by = SqliteDatabase.Text(decision.DecidedBy),
                now,
                draft = SqliteDatabase.Text(draftId),
                item = itemId,
            },
            transaction,
            cancellationToken: cancellationToken));
        await SqliteAudit.AppendAsync(connection, transaction, AuditRecord.Of(AuditActions.DraftItemDecide, SqliteDatabase.Text(draftId), new JsonObject
        {
            ["item"] = itemId,
            ["status"] = StatusText(decision.Status),
            ["object"] = decision.AcceptedObjectId,
            ["version"] = decision.AcceptedVersion,
            ["by"] = SqliteDatabase.Text(decision.DecidedBy),
        }), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item with
        {
            Status = decision.Status,
            AcceptedObjectId = decision.AcceptedObjectId,
            AcceptedVersion = decision.AcceptedVersion,
            DecidedBy = decision.DecidedBy,
            DecidedAt = SqliteDatabase.InstantOf(now),
        };
    }

    public async Task MarkReportAcceptedAsync(Guid draftId, string reportVersion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE drafts SET report_accepted_version = @reportVersion WHERE id = @id AND report_accepted_version IS NULL",
            new { id = SqliteDatabase.Text(draftId), reportVersion }, cancellationToken: cancellationToken));
    }

    private static async Task<Draft?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        var key = SqliteDatabase.Text(id);
        var row = await connection.QuerySingleOrDefaultAsync<DraftRow>(new CommandDefinition(
            $"SELECT {DraftColumns} FROM drafts WHERE id = @key", new { key }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var bundle = await connection.ExecuteScalarAsync<byte[]>(new CommandDefinition(
            "SELECT bundle FROM drafts WHERE id = @key", new { key }, transaction, cancellationToken: cancellationToken));
        var items = await connection.QueryAsync<ItemRow>(new CommandDefinition(
            $"SELECT {ItemColumns} FROM draft_items WHERE draft_id = @key ORDER BY position", new { key }, transaction, cancellationToken: cancellationToken));
        return ToDraft(row, bundle ?? [], items);
    }

    private static Draft ToDraft(DraftRow row, byte[] bundle, IEnumerable<ItemRow> items) => new(
        Guid.Parse(row.Id),
        Guid.Parse(row.CreatedBy),
        SqliteDatabase.InstantOf(row.CreatedAt),
        row.Source,
        row.Published is { } p ? SqliteDatabase.InstantOf(p) : null,
        row.Language,
        row.Text,
        row.ReportId,
        row.ReportAcceptedVersion,
        bundle,
        [.. items.Select(ToItem)]);

    private static DraftItemState ToItem(ItemRow row) => new(
        row.ItemId,
        Enum.Parse<DraftField>(row.Field),
        row.Type,
        row.Label,
        (int)row.Confidence,
        ReadSpans(row.Spans),
        row.Existing != 0,
        ParseStatus(row.Status),
        row.AcceptedObjectId,
        row.AcceptedVersion,
        row.DecidedBy is null ? null : Guid.Parse(row.DecidedBy),
        row.DecidedAt is { } at ? SqliteDatabase.InstantOf(at) : null);

    private static string WriteSpans(IReadOnlyList<TextSpan> spans) =>
        string.Join(' ', spans.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}")));

    private static TextSpan[] ReadSpans(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            return new TextSpan(int.Parse(part.AsSpan(0, dash), CultureInfo.InvariantCulture), int.Parse(part.AsSpan(dash + 1), CultureInfo.InvariantCulture));
        })];

    private static string StatusText(DraftItemStatus status) => status switch
    {
        DraftItemStatus.Pending => "pending",
        DraftItemStatus.Accepted => "accepted",
        DraftItemStatus.Dropped => "dropped",
    };

    private static DraftItemStatus ParseStatus(string text) => text switch
    {
        "pending" => DraftItemStatus.Pending,
        "accepted" => DraftItemStatus.Accepted,
        "dropped" => DraftItemStatus.Dropped,
        _ => throw new InvalidOperationException($"Stored draft item status '{text}' is unknown."),
    };

    private sealed record DraftRow(string Id, string CreatedBy, long CreatedAt, string Source, long? Published, string Language, string Text,
        string ReportId, string? ReportAcceptedVersion);

    private sealed record ItemRow(string DraftId, string ItemId, string Field, string Type, string Label, long Confidence, string Spans,
        long Existing, string Status, string? AcceptedObjectId, string? AcceptedVersion, string? DecidedBy, long? DecidedAt);
}
