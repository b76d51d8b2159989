using System.Text.Json.Nodes;
using Npgsql;
using Tocsin.Core.Audit;
using Tocsin.Core.Stix;

using Tocsin.Storage.Common;
using Tocsin.Storage.Taxii;

namespace Tocsin.Storage.Postgres;

/// <summary>The import path: validates a batch, then writes it in one transaction with a fixed number of round
/// trips whatever its size: one query for what is already stored, binary COPY for new versions and memberships.</summary>
/// <remarks>The transaction holds the write lock from its start, so nothing can be stored between the look-up
/// and the COPY, and <c>date_added</c> = <c>max(now, last in collection + 1)</c> read under it is unique and
/// strictly increasing per collection across nodes; commit order equals stamp order, so a reader paging by
/// <c>added_after</c> on any node never misses a later commit.</remarks>
internal sealed class PostgresObjectWriter(PostgresDatabase database) : IObjectImport
{
    private readonly PostgresStatistics _statistics = new(database);

    public async Task<ImportResult> AddAsync(Guid collectionId, IReadOnlyList<StixObject> objects, Func<ImportResult, TaxiiStatus>? receipt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var admitted = new List<AdmittedObject>(objects.Count);
        var outcomes = ObjectAdmission.Admit(objects, admitted, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await PostgresDatabase.BeginWriteAsync(connection, cancellationToken);
        var collectionRow = await SqlCollections.RequireRowAsync(connection, transaction, collectionId, cancellationToken);
        var added = 0;
        if (admitted.Count > 0)
        {
            var now = database.NowMicros();
            var stored = await PostgresStoredVersions.ReadAsync(connection, transaction, collectionRow, admitted, cancellationToken);
            var plan = new PostgresImportPlan(stored, await LastDateAddedAsync(connection, transaction, collectionRow, cancellationToken), now);
            var newRows = await NewRowIdsAsync(connection, transaction, plan.CountNewVersions(admitted), cancellationToken);
            foreach (var item in admitted)
            {
                outcomes[item.Index] = plan.Decide(item, newRows);
            }

            await PostgresImportCopy.WriteAsync(connection, transaction, collectionRow, plan, now, cancellationToken);
            var versions = ObjectWriteResults.AddedVersions(admitted, outcomes);
            if (versions.Count > 0)
            {
                var collection = PostgresDatabase.Text(collectionId);
                await PostgresAudit.AppendAsync(connection, transaction, AuditRecord.Of(AuditActions.ObjectAdd, collection,
                    AuditDetails.WithVersions(new JsonObject { ["collection"] = collection }, versions)), database.NowMicros(), cancellationToken);
            }

            added = plan.NewMemberships.Count + plan.Restores.Count;
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

        if (added > 0)
        {
            await _statistics.NoteAddedAsync(added, cancellationToken);
        }

        return result;
    }

    private static async Task<long> LastDateAddedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long collectionRow, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT COALESCE(MAX(date_added), -1) FROM collection_objects WHERE collection_row = @collection", connection, transaction);
        command.Parameters.AddWithValue("collection", collectionRow);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Row ids for the versions about to be copied, drawn from the identity sequence (COPY cannot
    /// return them).</summary>
    private static async Task<Queue<long>> NewRowIdsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int count, CancellationToken cancellationToken)
    {
        var rows = new Queue<long>(count);
        if (count == 0)
        {
            return rows;
        }

        await using var command = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence('objects', 'row_id')) FROM generate_series(1, @count)", connection, transaction);
        command.Parameters.AddWithValue("count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Enqueue(reader.GetInt64(0));
        }

        return rows;
    }
}
