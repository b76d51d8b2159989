using Dapper;
using Npgsql;
using Tocsin.Core;
using Tocsin.Core.Sharing;
using Tocsin.Storage.Sharing;

using Tocsin.Storage.Common;

namespace Tocsin.Storage.Postgres;

/// <summary>Partner views (docs/sharing.md): <c>partner_views</c> rows computed by the sharing policy, and
/// queries over them with the semantics of <see cref="PostgresObjectQuery"/>. A refresh runs under the global
/// write lock, so the view's <c>date_added</c> stamps are issued, and committed, in increasing order across nodes.</summary>
internal sealed class PostgresSharingViews(PostgresDatabase database) : IPartnerViews
{
    // Marking definitions are found by a range of the (id, version_key) index, never a table scan. The bounds hold
    // in any collation (one that ignores punctuation compares "markingdefinition…" letters first, and 'n' < 'o');
    // LIKE then keeps exactly the marking-definition ids, whatever the collation orders between the bounds.
    private const string MarkingRange = "id >= 'marking-definition' AND id < 'marking-definitioo' AND id LIKE 'marking-definition--%'";

    public async Task<Result<PartnerViewChange>> RefreshAsync(Guid partnerId, Guid collectionId, bool force, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await PostgresDatabase.BeginWriteAsync(connection, cancellationToken);
        var collection = await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        var profile = await SqlSharing.FindProfileAsync(connection, transaction, partnerId, cancellationToken);
        if (profile is null)
        {
            return SharingErrors.ProfileNotFound(partnerId);
        }

        var partner = PostgresDatabase.Text(partnerId);
        var (settings, mark) = await SourceMarkAsync(connection, transaction, partner, collection, cancellationToken);
        var state = await connection.QuerySingleOrDefaultAsync<PartnerViewState>(new CommandDefinition(
            "SELECT last_date_added AS LastDateAdded, source_mark AS SourceMark FROM partner_view_state WHERE partner_id = @partner AND collection_row = @collection",
            new { partner, collection }, transaction, cancellationToken: cancellationToken));
        if (!force && state?.SourceMark == mark)
        {
            return new PartnerViewChange(0, 0, Recomputed: false);
        }

        var allowed = await DecideAsync(connection, transaction, collection, profile, settings, cancellationToken);
        var existing = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT object_row FROM partner_views WHERE partner_id = @partner AND collection_row = @collection",
            new { partner, collection }, transaction, cancellationToken: cancellationToken))).AsList();

        // Under the write lock: the last stamp read above is the last issued, so date_added stays strictly increasing.
        var diff = PartnerViewDiff.Compute(allowed, existing, state?.LastDateAdded, database.NowMicros());
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM partner_views WHERE partner_id = @partner AND collection_row = @collection AND object_row = ANY(@rows)",
            new { partner, collection, rows = diff.Removed.ToArray() }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO partner_views (partner_id, collection_row, object_row, date_added)
            SELECT @partner, @collection, a.object_row, a.date_added FROM unnest(@rows, @stamps) AS a (object_row, date_added)
            """,
            new { partner, collection, rows = diff.Added.Select(a => a.Row).ToArray(), stamps = diff.Added.Select(a => a.DateAdded).ToArray() },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO partner_view_state (partner_id, collection_row, last_date_added, source_mark) VALUES (@partner, @collection, @last, @mark)
            ON CONFLICT (partner_id, collection_row) DO UPDATE SET last_date_added = excluded.last_date_added, source_mark = excluded.source_mark
            """,
            new { partner, collection, last = diff.LastDateAdded, mark }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new PartnerViewChange(diff.Added.Count, diff.Removed.Count, Recomputed: true);
    }

    public async Task<Result<ObjectPage>> QueryAsync(Guid partnerId, Guid collectionId, ObjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        var after = query.AddedAfter?.Microseconds ?? long.MinValue;
        if (query.Cursor is not null)
        {
            if (!PartnerViewCursor.TryDecode(partnerId, query.Cursor, out var cursor))
            {
                return StoreErrors.InvalidCursor();
            }

            after = Math.Max(after, cursor.Microseconds);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var collection = await SqlCollections.RequireRowAsync(connection, null, collectionId, cancellationToken);
        var partner = PostgresDatabase.Text(partnerId);
        if (await IsStaleAsync(connection, partner, collection, cancellationToken))
        {
            var refreshed = await RefreshAsync(partnerId, collectionId, force: false, cancellationToken);
            if (!refreshed.IsSuccess)
            {
                return refreshed.Error;
            }
        }

        var limit = Math.Min(query.Limit, ObjectQuery.MaxLimit);
        var parameters = new DynamicParameters();
        parameters.Add("partner", partner);
        parameters.Add("collection", collection);
        parameters.Add("after", after);
        parameters.Add("take", limit + 1);
        var sql = PostgresPartnerViewSql.Build(query, parameters);
        var rows = await PostgresPageQuery.ReadAsync<StoredVersionRow>(connection, sql, parameters, cancellationToken);
        var more = rows.Count > limit;
        var items = rows.Take(limit).Select(r => r.ToStoredObject(deleted: false)).ToList();
        return new ObjectPage(items, more, more ? PartnerViewCursor.Encode(partnerId, items[^1].DateAdded) : null);
    }

    // True when the view was never computed or its sources changed; a partner without a profile is "stale"
    // so that the refresh reports the missing profile.
    private static async Task<bool> IsStaleAsync(NpgsqlConnection connection, string partner, long collection, CancellationToken cancellationToken)
    {
        var (_, mark) = await SourceMarkAsync(connection, null, partner, collection, cancellationToken);
        var stored = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT source_mark FROM partner_view_state WHERE partner_id = @partner AND collection_row = @collection",
            new { partner, collection }, cancellationToken: cancellationToken));
        return stored != mark;
    }

    // What a view is computed from: the collection's last addition, the stored marking definitions, the
    // partner's profile revision and the settings. Each part is one index lookup.
    private static async Task<(SharingSettings Settings, string Mark)> SourceMarkAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        string partner, long collection, CancellationToken cancellationToken)
    {
        var (settings, settingsRevision) = await SqlSharing.ReadSettingsAsync(connection, transaction, cancellationToken);
        var sources = await connection.QuerySingleAsync<PartnerViewSources>(new CommandDefinition(
            $"""
            SELECT COALESCE((SELECT MAX(date_added) FROM collection_objects WHERE collection_row = @collection), -1) AS LastAdded,
                   (SELECT COUNT(*) FROM objects WHERE {MarkingRange}) AS Markings,
                   COALESCE((SELECT revision FROM partner_profiles WHERE principal_id = @partner), -1) AS ProfileRevision
            """,
            new { partner, collection }, transaction, cancellationToken: cancellationToken));
        return (settings, sources.Mark(settingsRevision));
    }

    private static async Task<List<long>> DecideAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long collection,
        PartnerProfile profile, SharingSettings settings, CancellationToken cancellationToken)
    {
        var markings = await connection.QueryAsync<byte[]>(new CommandDefinition(
            $"SELECT json FROM objects WHERE {MarkingRange}", transaction: transaction, cancellationToken: cancellationToken));
        var candidates = (await connection.QueryAsync<PartnerViewCandidate>(new CommandDefinition(
            """
            SELECT co.object_row AS ObjectRow, o.json AS Json FROM collection_objects co JOIN objects o ON o.row_id = co.object_row
            WHERE co.collection_row = @collection AND co.deleted_at IS NULL ORDER BY co.date_added
            """,
            new { collection }, transaction, cancellationToken: cancellationToken))).AsList();
        return PartnerViewDiff.Allowed(markings, candidates, profile, settings);
    }
}
