using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Stix;
using Tocsin.Storage.Contributions;
using Tocsin.Storage.Taxii;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' <see cref="IContributionStore"/>: contributions are <c>collection_objects</c> rows naming
/// their partner in <c>contributor</c>, over <c>objects</c> rows keyed within that partner
/// (<see cref="SqlVersionWriter.StoredKey"/>); our picture reads only rows without a contributor.</summary>
internal sealed class SqlContributions(IStoreDatabase database) : IContributionStore
{
    public Task<ImportResult> AddAsync(Guid partnerId, Guid collectionId, IReadOnlyList<StixObject> objects, CancellationToken cancellationToken) =>
        WriteAsync(partnerId, collectionId, objects, null, cancellationToken);

    public async Task<TaxiiStatus> AddAsync(Guid partnerId, Guid collectionId, IReadOnlyList<StixObject> objects, Func<ImportResult, TaxiiStatus> receipt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        TaxiiStatus? status = null;
        await WriteAsync(partnerId, collectionId, objects, result => status = receipt(result), cancellationToken);
        return status ?? throw new InvalidOperationException("The contribution committed without making its status.");
    }

    private async Task<ImportResult> WriteAsync(Guid partnerId, Guid collectionId, IReadOnlyList<StixObject> objects, Func<ImportResult, TaxiiStatus>? receipt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var admitted = new List<AdmittedObject>(objects.Count);
        var outcomes = ObjectAdmission.Admit(objects, admitted, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var collectionRow = await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        if (admitted.Count > 0)
        {
            var partner = StoreValues.Text(partnerId);
            var writer = await SqlVersionWriter.StartAsync(connection, transaction, collectionRow, partner, database.NowMicros(), cancellationToken);
            var added = new List<AuditedVersion>();
            foreach (var item in admitted)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = await writer.WriteAsync(item, cancellationToken);
                outcomes[item.Index] = outcome;
                if (outcome.Kind == ObjectOutcomeKind.Added)
                {
                    added.Add(new AuditedVersion(item.Object.Id, writer.KeyOf(item), item.ContentHash));
                }
            }

            if (added.Count > 0)
            {
                var collection = StoreValues.Text(collectionId);
                await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.ContributionAdd, collection,
                    AuditDetails.WithVersions(new JsonObject { ["collection"] = collection, ["partner"] = partner }, added)), database.NowMicros(), cancellationToken);
            }
        }

        var result = new ImportResult(Array.ConvertAll(outcomes, o => o!));
        if (receipt is not null)
        {
            await SqlTaxiiStatuses.InsertAsync(connection, transaction, receipt(result), database.NowMicros(), cancellationToken);
        }

        if (admitted.Count > 0 || receipt is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    public async Task<int> DeleteAsync(Guid partnerId, Guid collectionId, string id, VersionFilter versions, IReadOnlyList<string> specVersions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(specVersions);
        var partner = StoreValues.Text(partnerId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var collection = await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        var visible = (await connection.QueryAsync<OwnVersionRow>(new CommandDefinition(
            """
            SELECT o.row_id AS RowId, o.version_key AS VersionKey, o.content_hash AS ContentHash, o.version_ticks AS VersionTicks,
                   o.spec_version AS SpecVersion, co.date_added AS DateAdded
            FROM objects o JOIN collection_objects co ON co.object_row = o.row_id AND co.collection_row = @collection
            WHERE o.id = @id AND co.contributor = @partner AND co.deleted_at IS NULL
            """,
            new { id, collection, partner }, transaction, cancellationToken: cancellationToken))).AsList();
        var rows = OwnVersionRow.Select(visible, versions, specVersions);
        if (rows.Count == 0)
        {
            return 0;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE collection_objects SET deleted_at = @now WHERE collection_row = @collection AND {database.Dialect.AnyOf("object_row", "rows")}",
            new { now = database.NowMicros(), collection, rows = rows.Select(r => r.RowId).ToArray() }, transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.ContributionTombstone, id, AuditDetails.WithVersions(
            new JsonObject { ["collection"] = StoreValues.Text(collectionId), ["partner"] = partner },
            [.. rows.Select(r => new AuditedVersion(id, r.VersionKey, r.ContentHash))])), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    public async Task<IReadOnlyList<Contribution>> ListAsync(Guid partnerId, string? objectId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await ListAsync(connection, null, partnerId, objectId, cancellationToken);
    }

    public async Task<Result<ImportResult>> PromoteAsync(Contribution source, PromotionMode mode, Guid collectionId, IReadOnlyList<StixObject> promoted,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(promoted);
        var admitted = new List<AdmittedObject>(promoted.Count);
        var outcomes = ObjectAdmission.Admit(promoted, admitted, cancellationToken);
        if (outcomes.FirstOrDefault(o => o is not null) is { } rejected)
        {
            return ContributionErrors.Invalid(rejected.Id, string.Join("; ", rejected.Issues.Where(i => i.Severity == ValidationSeverity.Error).Select(i => i.Message)));
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var collectionRow = await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        var current = await ListAsync(connection, transaction, source.PartnerId, source.Object.Id, cancellationToken);
        if (!current.Any(c => !c.Deleted && c.CollectionId == source.CollectionId && c.Object.ContentHash.SequenceEqual(source.Object.ContentHash)))
        {
            return ContributionErrors.NotFound(source.Object.Id);
        }

        var writer = await SqlVersionWriter.StartAsync(connection, transaction, collectionRow, null, database.NowMicros(), cancellationToken);
        var added = new List<AuditedVersion>();
        foreach (var item in admitted)
        {
            var outcome = await writer.WriteAsync(item, cancellationToken);
            if (outcome.Kind == ObjectOutcomeKind.Conflict)
            {
                // Nothing is committed: the transaction is disposed without a commit.
                return ContributionErrors.Conflict(item.Object.Id);
            }

            outcomes[item.Index] = outcome;
            added.Add(new AuditedVersion(item.Object.Id, item.Object.VersionKey, item.ContentHash));
        }

        var partner = StoreValues.Text(source.PartnerId);
        var details = new JsonObject
        {
            ["collection"] = StoreValues.Text(collectionId),
            ["partner"] = partner,
            ["mode"] = mode == PromotionMode.Verbatim ? "verbatim" : "derived",
            ["source"] = new JsonObject
            {
                ["id"] = source.Object.Id,
                ["sha256"] = Convert.ToHexStringLower(source.Object.ContentHash),
                ["version"] = SqlVersionWriter.StoredKey(source.Object.VersionKey, partner),
            },
        };
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.ContributionPromote, source.Object.Id,
            AuditDetails.WithVersions(details, added)), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(Array.ConvertAll(outcomes, o => o!));
    }

    private static async Task<IReadOnlyList<Contribution>> ListAsync(DbConnection connection, DbTransaction? transaction, Guid partnerId, string? objectId,
        CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<ContributionRow>(new CommandDefinition(
            $"""
            SELECT c.id AS CollectionId, c.alias AS CollectionAlias, co.date_added AS DateAdded,
                   co.deleted_at AS DeletedAt, o.json AS Json
            FROM collection_objects co
            JOIN objects o ON o.row_id = co.object_row
            JOIN collections c ON c.row_id = co.collection_row
            WHERE co.contributor = @partner{(objectId is null ? string.Empty : " AND o.id = @objectId")}
            ORDER BY co.date_added, o.row_id
            """,
            new { partner = StoreValues.Text(partnerId), objectId }, transaction, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new Contribution(partnerId, Guid.Parse(r.CollectionId), r.CollectionAlias, StixObject.FromTrusted(r.Json),
            new DateAddedStamp(r.DateAdded), r.DeletedAt is not null))];
    }

    private sealed record ContributionRow(string CollectionId, string CollectionAlias, long DateAdded, long? DeletedAt, byte[] Json);
}
