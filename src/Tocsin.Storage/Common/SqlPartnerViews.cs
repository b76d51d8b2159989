using System.Data.Common;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Classification;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage.Classification;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>Partner views (docs/sharing.md) and staff clearance views (docs/classification.md), written once for both engines: <c>partner_views</c> rows computed by
/// the sharing policy over our picture, plus the partner's own contributions served back to it, and paged queries
/// over them. The engine supplies only its SQL (<see cref="IPartnerViewSql"/>). A refresh runs under the write
/// lock, so the view's <c>date_added</c> stamps are issued, and committed, in increasing order.</summary>
internal sealed class SqlPartnerViews(IStoreDatabase database, IPartnerViewSql sql) : IPartnerViews
{
    public async Task<Result<PartnerViewChange>> RefreshAsync(ViewReader reader, Guid collectionId, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var collection = await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        var rule = await RuleAsync(connection, transaction, reader, cancellationToken);
        if (!rule.IsSuccess)
        {
            return rule.Error;
        }

        var partner = StoreValues.Text(reader.PrincipalId);
        var (settings, mark) = await SourceMarkAsync(connection, transaction, partner, collection, reader, cancellationToken);
        var state = await connection.QuerySingleOrDefaultAsync<PartnerViewState>(new CommandDefinition(
            "SELECT last_date_added AS LastDateAdded, source_mark AS SourceMark FROM partner_view_state WHERE partner_id = @partner AND collection_row = @collection",
            new { partner, collection }, transaction, cancellationToken: cancellationToken));
        if (!force && state?.SourceMark == mark)
        {
            return new PartnerViewChange(0, 0, Recomputed: false);
        }

        var allowed = await DecideAsync(connection, transaction, partner, collection, settings, reader, rule.Value, cancellationToken);
        var existing = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT object_row FROM partner_views WHERE partner_id = @partner AND collection_row = @collection",
            new { partner, collection }, transaction, cancellationToken: cancellationToken))).AsList();

        // Under the write lock: the last stamp read above is the last issued, so date_added stays strictly increasing.
        var diff = PartnerViewDiff.Compute(allowed, existing, state?.LastDateAdded, database.NowMicros());
        await sql.RemoveAsync(connection, transaction, partner, collection, diff.Removed, cancellationToken);
        await sql.AddAsync(connection, transaction, partner, collection, diff.Added, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO partner_view_state (partner_id, collection_row, last_date_added, source_mark) VALUES (@partner, @collection, @last, @mark)
            ON CONFLICT (partner_id, collection_row) DO UPDATE SET last_date_added = excluded.last_date_added, source_mark = excluded.source_mark
            """,
            new { partner, collection, last = diff.LastDateAdded, mark }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new PartnerViewChange(diff.Added.Count, diff.Removed.Count, Recomputed: true);
    }

    public async Task<Result<ObjectPage>> QueryAsync(ViewReader reader, Guid collectionId, ObjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(query);
        var partnerId = reader.PrincipalId;
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

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var collection = await SqlCollections.RequireRowAsync(connection, null, collectionId, cancellationToken);
        var partner = StoreValues.Text(partnerId);
        if (await IsStaleAsync(connection, partner, collection, reader, cancellationToken))
        {
            var refreshed = await RefreshAsync(reader, collectionId, force: false, cancellationToken);
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
        var rows = await sql.ReadPageAsync(connection, sql.PageSql(query, parameters), parameters, cancellationToken);
        var more = rows.Count > limit;
        var items = rows.Take(limit).Select(r => r.ToStoredObject(deleted: false)).ToList();
        return new ObjectPage(items, more, more ? PartnerViewCursor.Encode(partnerId, items[^1].DateAdded) : null);
    }

    // True when the view was never computed or its sources changed; a partner without a profile is "stale"
    // so that the refresh reports the missing profile.
    private async Task<bool> IsStaleAsync(DbConnection connection, string partner, long collection, ViewReader reader, CancellationToken cancellationToken)
    {
        var (_, mark) = await SourceMarkAsync(connection, null, partner, collection, reader, cancellationToken);
        var stored = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT source_mark FROM partner_view_state WHERE partner_id = @partner AND collection_row = @collection",
            new { partner, collection }, cancellationToken: cancellationToken));
        return stored != mark;
    }

    // What a view is computed from: the collection's last addition (ours or a contribution), the marking
    // definitions of our picture, the partner's profile or the staff member's clearance revision, the settings and
    // the reader's national rules. Each part is one index lookup.
    private async Task<(SharingSettings Settings, string Mark)> SourceMarkAsync(DbConnection connection, DbTransaction? transaction,
        string partner, long collection, ViewReader reader, CancellationToken cancellationToken)
    {
        var (settings, settingsRevision) = await SqlSharing.ReadSettingsAsync(connection, transaction, cancellationToken);
        var sources = await connection.QuerySingleAsync<PartnerViewSources>(new CommandDefinition(
            $"""
            SELECT COALESCE((SELECT MAX(date_added) FROM collection_objects WHERE collection_row = @collection), -1) AS LastAdded,
                   (SELECT COUNT(*) FROM objects o JOIN collection_objects m ON m.object_row = o.row_id
                    WHERE {sql.MarkingIds} AND m.contributor IS NULL AND m.deleted_at IS NULL) AS Markings,
                   COALESCE((SELECT revision FROM partner_profiles WHERE principal_id = @partner), -1) AS ProfileRevision,
                   COALESCE((SELECT revision FROM clearances WHERE principal_id = @partner), -1) AS ClearanceRevision
            """,
            new { partner, collection }, transaction, cancellationToken: cancellationToken));
        return (settings, sources.Mark(settingsRevision, reader));
    }

    // The policy decides over our picture only: a contribution never counts as a version of anything (rule 8 looks
    // at our versions alone) and a partner's marking definition is never in the catalogue. The partner's own
    // contributions then join its view as they are: they are its own.
    private async Task<List<long>> DecideAsync(DbConnection connection, DbTransaction transaction, string partner, long collection,
        SharingSettings settings, ViewReader reader, Func<SharingContext, IMarkingRule> rule, CancellationToken cancellationToken)
    {
        var (markings, candidates, own) = await SourcesAsync(connection, transaction, partner, collection, cancellationToken);
        var ours = settings with { OrganisationIdentityIds = [.. settings.OrganisationIdentityIds.Union(reader.AlsoOurs, StringComparer.Ordinal)] };
        return PartnerViewDiff.Allowed(markings, candidates, own, ours, reader.National, rule);
    }

    public async Task<Result<IReadOnlyList<ViewDecision>>> ExplainAsync(ViewReader reader, Guid collectionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // A read transaction, so that the rule, the settings and the sources are one snapshot, as a refresh sees them.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var collection = await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        var partner = StoreValues.Text(reader.PrincipalId);
        var (markings, candidates, own) = await SourcesAsync(connection, transaction, partner, collection, cancellationToken);
        var versions = candidates.Select(c => StixObject.FromTrusted(c.Json)).ToList();
        var decided = await DecideVersionsAsync(connection, transaction, reader, markings, versions, cancellationToken);
        if (!decided.IsSuccess)
        {
            return decided.Error;
        }

        var decisions = decided.Value;
        var ownRows = own.Select(o => o.ObjectRow).ToList();
        var ownJson = await OwnJsonAsync(connection, transaction, ownRows, cancellationToken);
        var explained = candidates.Select((c, i) => (c.DateAdded, Decision: new ViewDecision(versions[i], decisions[i], OwnContribution: false)))
            .Concat(own.Select(o => (o.DateAdded, Decision: new ViewDecision(StixObject.FromTrusted(ownJson[o.ObjectRow]), SharingDecision.Allowed, OwnContribution: true))))
            .OrderBy(r => r.DateAdded)
            .Select(r => r.Decision)
            .ToList();
        return explained;
    }

    public async Task<Result<IReadOnlyList<SharingDecision>>> ExplainCandidatesAsync(ViewReader reader, Guid collectionId, IReadOnlyList<StixObject> candidates,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(candidates);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var collection = await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        var (markings, stored, _) = await SourcesAsync(connection, transaction, StoreValues.Text(reader.PrincipalId), collection, cancellationToken);
        // The candidates join the collection's versions as if added now, so that the rules that look at other versions
        // (references, later versions) judge them as they would once stored.
        var versions = stored.Select(c => StixObject.FromTrusted(c.Json)).Concat(candidates).ToList();
        var decided = await DecideVersionsAsync(connection, transaction, reader, markings, versions, cancellationToken);
        return decided.IsSuccess ? Result<IReadOnlyList<SharingDecision>>.Success([.. decided.Value.Skip(stored.Count)]) : decided.Error;
    }

    // The reader's rule over versions of our picture, with the settings of the same snapshot: the one decision behind
    // a refresh, an explanation and a candidate's explanation.
    private static async Task<Result<IReadOnlyList<SharingDecision>>> DecideVersionsAsync(DbConnection connection, DbTransaction transaction, ViewReader reader,
        IEnumerable<byte[]> markings, IReadOnlyList<StixObject> versions, CancellationToken cancellationToken)
    {
        var rule = await RuleAsync(connection, transaction, reader, cancellationToken);
        if (!rule.IsSuccess)
        {
            return rule.Error;
        }

        var (settings, _) = await SqlSharing.ReadSettingsAsync(connection, transaction, cancellationToken);
        var ours = settings with { OrganisationIdentityIds = [.. settings.OrganisationIdentityIds.Union(reader.AlsoOurs, StringComparer.Ordinal)] };
        return Result<IReadOnlyList<SharingDecision>>.Success(PartnerViewDiff.Decide(markings, versions, ours, reader.National, rule.Value));
    }

    private static async Task<Dictionary<long, byte[]>> OwnJsonAsync(DbConnection connection, DbTransaction transaction, List<long> rows,
        CancellationToken cancellationToken)
    {
        var json = new Dictionary<long, byte[]>();
        foreach (var row in rows)
        {
            json[row] = await connection.QuerySingleAsync<byte[]>(new CommandDefinition(
                "SELECT json FROM objects WHERE row_id = @row", new { row }, transaction, cancellationToken: cancellationToken));
        }

        return json;
    }

    // The marking definitions of our picture, its visible versions in the collection and the reader's own contributions there.
    private async Task<(IEnumerable<byte[]> Markings, List<PartnerViewCandidate> Candidates, List<PartnerViewOwnRow> Own)> SourcesAsync(
        DbConnection connection, DbTransaction transaction, string partner, long collection, CancellationToken cancellationToken)
    {
        var markings = await connection.QueryAsync<byte[]>(new CommandDefinition(
            $"""
            SELECT o.json FROM objects o WHERE {sql.MarkingIds}
            AND EXISTS (SELECT 1 FROM collection_objects m WHERE m.object_row = o.row_id AND m.contributor IS NULL AND m.deleted_at IS NULL)
            """, transaction: transaction, cancellationToken: cancellationToken));
        var candidates = (await connection.QueryAsync<PartnerViewCandidate>(new CommandDefinition(
            """
            SELECT co.object_row AS ObjectRow, o.json AS Json, co.date_added AS DateAdded FROM collection_objects co JOIN objects o ON o.row_id = co.object_row
            WHERE co.collection_row = @collection AND co.deleted_at IS NULL AND co.contributor IS NULL ORDER BY co.date_added
            """,
            new { collection }, transaction, cancellationToken: cancellationToken))).AsList();
        var own = (await connection.QueryAsync<PartnerViewOwnRow>(new CommandDefinition(
            """
            SELECT object_row AS ObjectRow, date_added AS DateAdded FROM collection_objects
            WHERE collection_row = @collection AND contributor = @partner AND deleted_at IS NULL ORDER BY date_added
            """,
            new { collection, partner }, transaction, cancellationToken: cancellationToken))).AsList();
        return (markings, candidates, own);
    }

    // What markings mean to the reader: a partner's profile, or a staff member's clearance (the scale's lowest level
    // and no compartment when none was granted). A principal that is neither has no view.
    private static async Task<Result<Func<SharingContext, IMarkingRule>>> RuleAsync(DbConnection connection, DbTransaction transaction,
        ViewReader reader, CancellationToken cancellationToken)
    {
        if (!reader.IsStaff)
        {
            var profile = await SqlSharing.FindProfileAsync(connection, transaction, reader.PrincipalId, cancellationToken);
            if (profile is null)
            {
                return SharingErrors.ProfileNotFound(reader.PrincipalId);
            }

            return Result<Func<SharingContext, IMarkingRule>>.Success(context => new PartnerMarkingRule(profile, context));
        }

        var id = StoreValues.Text(reader.PrincipalId);
        var kind = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT kind FROM principals WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        if (kind != "user")
        {
            return StoreErrors.PrincipalNotFound(reader.PrincipalId);
        }

        var row = await connection.QuerySingleOrDefaultAsync<ClearanceRow>(new CommandDefinition(
            ClearanceRow.Select + " WHERE c.principal_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        var clearance = row?.ToStored().Clearance ?? Clearance.Lowest(reader.National.Scale);
        return Result<Func<SharingContext, IMarkingRule>>.Success(_ => new ClearanceRule(clearance, reader.National.Scale));
    }
}
