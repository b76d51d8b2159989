using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Tocsin.Core.Audit;
using Tocsin.Core.Stix;

using Tocsin.Storage.Common;
using Tocsin.Storage.Taxii;

namespace Tocsin.Storage.Sqlite;

/// <summary>The import path: validates a batch, then writes every accepted object in one
/// <c>BEGIN IMMEDIATE</c> transaction with commands prepared once and rebound per object.</summary>
/// <remarks><c>date_added</c> is <c>max(now, last in collection + 1)</c> computed under the write lock, so
/// stamps are unique and strictly increasing per collection even when the clock stalls or steps back,
/// and commit order equals stamp order: a reader paging by <c>added_after</c> never misses a later commit.</remarks>
internal sealed class SqliteObjectWriter(SqliteDatabase database) : IObjectImport
{
    public async Task<ImportResult> AddAsync(Guid collectionId, IReadOnlyList<StixObject> objects, Func<ImportResult, TaxiiStatus>? receipt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var admitted = new List<AdmittedObject>(objects.Count);
        var outcomes = ObjectAdmission.Admit(objects, admitted, cancellationToken);
        using var turn = await database.QueueToWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var collectionRow = await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        if (admitted.Count > 0)
        {
            using var batch = new SqliteObjectBatch(connection, transaction, collectionRow, database.NowMicros());
            foreach (var item in admitted)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes[item.Index] = await WriteAsync(batch, item, cancellationToken);
            }

            await AuditAsync(connection, transaction, collectionId, admitted, outcomes, database.NowMicros(), cancellationToken);
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

    private static async Task<ObjectOutcome> WriteAsync(SqliteObjectBatch batch, AdmittedObject item, CancellationToken cancellationToken)
    {
        var inserted = await batch.InsertVersionAsync(item, ObjectWriteResults.JsonBytes(item.Object), cancellationToken);
        if (inserted is { } newRow)
        {
            return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Added, await batch.AddToCollectionAsync(newRow, cancellationToken));
        }

        var (row, hash) = await batch.FindVersionAsync(item.Object.Id, item.Object.VersionKey, cancellationToken);
        if (!hash.AsSpan().SequenceEqual(item.ContentHash))
        {
            return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Conflict, null);
        }

        var (dateAdded, deleted) = await batch.FindMembershipAsync(row, cancellationToken);
        return dateAdded switch
        {
            null => ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Added, await batch.AddToCollectionAsync(row, cancellationToken)),
            // Re-sending a tombstoned version makes it visible again, as a new addition pollers will see.
            _ when deleted => ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Added, await batch.RestoreAsync(row, cancellationToken)),
            _ => ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Duplicate, dateAdded),
        };
    }

    /// <summary>One audit entry for the versions this batch made visible; none when it added nothing.</summary>
    private static async Task AuditAsync(SqliteConnection connection, SqliteTransaction transaction, Guid collectionId,
        List<AdmittedObject> admitted, ObjectOutcome?[] outcomes, long now, CancellationToken cancellationToken)
    {
        var added = ObjectWriteResults.AddedVersions(admitted, outcomes);
        if (added.Count > 0)
        {
            var collection = SqliteDatabase.Text(collectionId);
            await SqliteAudit.AppendAsync(connection, transaction, AuditRecord.Of(AuditActions.ObjectAdd, collection,
                AuditDetails.WithVersions(new JsonObject { ["collection"] = collection }, added)), now, cancellationToken);
        }
    }
}
