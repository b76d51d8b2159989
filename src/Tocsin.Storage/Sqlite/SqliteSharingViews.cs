using Dapper;
using Microsoft.Data.Sqlite;
using Tocsin.Core;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Sqlite;

/// <summary>Partner views (docs/sharing.md): <c>partner_views</c> rows computed by the sharing policy, and
/// queries over them with the semantics of <see cref="SqliteObjectQuery"/>.</summary>
internal sealed class SqliteSharingViews(SqliteDatabase database)
{
    // Marking definitions are found by a range of the (id, version_key) index, never a table scan.
    private const string MarkingRange = "id >= 'marking-definition--' AND id < 'marking-definition-.'";

    public async Task<Result<PartnerViewChange>> RefreshAsync(Guid partnerId, Guid collectionId, bool force, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var collection = await SqliteCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        var profile = await SqliteSharing.FindProfileAsync(connection, transaction, partnerId, cancellationToken);
        if (profile is null)
        {
            return SharingErrors.ProfileNotFound(partnerId);
        }

        var partner = SqliteDatabase.Text(partnerId);
        var (settings, mark) = await SourceMarkAsync(connection, transaction, partner, collection, cancellationToken);
        var state = await connection.QuerySingleOrDefaultAsync<StateRow>(new CommandDefinition(
            "SELECT last_date_added AS LastDateAdded, source_mark AS SourceMark FROM partner_view_state WHERE partner_id = @partner AND collection_row = @collection",
            new { partner, collection }, transaction, cancellationToken: cancellationToken));
        if (!force && state?.SourceMark == mark)
        {
            return new PartnerViewChange(0, 0, Recomputed: false);
        }

        var allowed = await DecideAsync(connection, transaction, collection, profile, settings, cancellationToken);
        var existing = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT object_row FROM partner_views WHERE partner_id = @partner AND collection_row = @collection",
            new { partner, collection }, transaction, cancellationToken: cancellationToken))).ToHashSet();
        var allowedSet = allowed.ToHashSet();
        var removed = existing.Where(r => !allowedSet.Contains(r)).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM partner_views WHERE partner_id = @partner AND collection_row = @collection AND object_row = @row",
            removed.Select(row => new { partner, collection, row }), transaction, cancellationToken: cancellationToken));

        // date_added = max(now, last issued + 1 µs), strictly increasing in the view, under the write lock.
        var last = state?.LastDateAdded ?? long.MinValue;
        var now = database.NowMicros();
        var added = new List<object>();
        foreach (var row in allowed.Where(r => !existing.Contains(r)))
        {
            last = Math.Max(now, last + 1);
            added.Add(new { partner, collection, row, dateAdded = last });
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO partner_views (partner_id, collection_row, object_row, date_added) VALUES (@partner, @collection, @row, @dateAdded)",
            added, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO partner_view_state (partner_id, collection_row, last_date_added, source_mark) VALUES (@partner, @collection, @last, @mark)
            ON CONFLICT (partner_id, collection_row) DO UPDATE SET last_date_added = excluded.last_date_added, source_mark = excluded.source_mark
            """,
            new { partner, collection, last = Math.Max(last, 0), mark }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new PartnerViewChange(added.Count, removed.Count, Recomputed: true);
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
        var collection = await SqliteCollections.RequireRowAsync(connection, null, collectionId, cancellationToken);
        var partner = SqliteDatabase.Text(partnerId);
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
        var sql = SqlitePartnerViewSql.Build(query, parameters);
        var rows = (await connection.QueryAsync<SqliteObjectQuery.VersionRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
        var more = rows.Count > limit;
        var items = rows.Take(limit).Select(r => r.ToStoredObject(deleted: false)).ToList();
        return new ObjectPage(items, more, more ? PartnerViewCursor.Encode(partnerId, items[^1].DateAdded) : null);
    }

    // True when the view was never computed or its sources changed; a partner without a profile is "stale"
    // so that the refresh reports the missing profile.
    private static async Task<bool> IsStaleAsync(SqliteConnection connection, string partner, long collection, CancellationToken cancellationToken)
    {
        var (_, mark) = await SourceMarkAsync(connection, null, partner, collection, cancellationToken);
        var stored = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT source_mark FROM partner_view_state WHERE partner_id = @partner AND collection_row = @collection",
            new { partner, collection }, cancellationToken: cancellationToken));
        return stored != mark;
    }

    // What a view is computed from: the collection's last addition, the stored marking definitions, the
    // partner's profile revision and the settings. Each part is one index lookup.
    private static async Task<(SharingSettings Settings, string Mark)> SourceMarkAsync(SqliteConnection connection, SqliteTransaction? transaction,
        string partner, long collection, CancellationToken cancellationToken)
    {
        var (settings, settingsRevision) = await SqliteSharing.ReadSettingsAsync(connection, transaction, cancellationToken);
        var sources = await connection.QuerySingleAsync<MarkRow>(new CommandDefinition(
            $"""
            SELECT IFNULL((SELECT MAX(date_added) FROM collection_objects WHERE collection_row = @collection), -1) AS LastAdded,
                   (SELECT COUNT(*) FROM objects WHERE {MarkingRange}) AS Markings,
                   IFNULL((SELECT revision FROM partner_profiles WHERE principal_id = @partner), -1) AS ProfileRevision
            """,
            new { partner, collection }, transaction, cancellationToken: cancellationToken));
        return (settings, $"{sources.LastAdded}|{sources.Markings}|{sources.ProfileRevision}|{settingsRevision}");
    }

    private static async Task<List<long>> DecideAsync(SqliteConnection connection, SqliteTransaction transaction, long collection,
        PartnerProfile profile, SharingSettings settings, CancellationToken cancellationToken)
    {
        var markings = await connection.QueryAsync<byte[]>(new CommandDefinition(
            $"SELECT json FROM objects WHERE {MarkingRange}", transaction: transaction, cancellationToken: cancellationToken));
        var context = new SharingContext(settings, MarkingCatalogue.Create(markings.Select(j => StixObject.FromTrusted(j))));
        var rows = (await connection.QueryAsync<CandidateRow>(new CommandDefinition(
            """
            SELECT co.object_row AS ObjectRow, o.json AS Json FROM collection_objects co JOIN objects o ON o.row_id = co.object_row
            WHERE co.collection_row = @collection AND co.deleted_at IS NULL ORDER BY co.date_added
            """,
            new { collection }, transaction, cancellationToken: cancellationToken))).AsList();
        var versions = rows.Select(r => StixObject.FromTrusted(r.Json)).ToList();
        var decisions = SharingPolicy.DecideAll(versions, profile, context);
        return [.. rows.Where((_, i) => decisions[i].IsAllowed).Select(r => r.ObjectRow)];
    }

    private sealed record StateRow(long LastDateAdded, string SourceMark);

    private sealed record MarkRow(long LastAdded, long Markings, long ProfileRevision);

    private sealed record CandidateRow(long ObjectRow, byte[] Json);
}
