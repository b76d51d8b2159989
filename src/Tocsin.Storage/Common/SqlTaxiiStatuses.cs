using System.Data.Common;
using Dapper;
using Tocsin.Storage.Taxii;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="ITaxiiStatusStore"/>: one row per status, its details as JSON.
/// Row mapping: <see cref="TaxiiStatusRows"/>.</summary>
/// <remarks>Status rows are receipts, not audited, and no other write reads them: on PostgreSQL saving one alone
/// never queues on the write lock audited writes take. A TAXII POST saves its status inside its objects' write
/// transaction (<see cref="InsertAsync"/>), so it holds that lock once and commits once.</remarks>
internal sealed class SqlTaxiiStatuses(IStoreDatabase database) : ITaxiiStatusStore
{
    public async Task SaveAsync(TaxiiStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginUnauditedWriteAsync(connection, cancellationToken);
        await InsertAsync(connection, transaction, status, database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Inserts <paramref name="status"/> inside the caller's transaction, and drops the statuses that
    /// expired before <paramref name="now"/>: the objects' write path uses it so that a TAXII POST commits its
    /// objects and its status together (one commit per request).</summary>
    internal static async Task InsertAsync(DbConnection connection, DbTransaction transaction, TaxiiStatus status, long now, CancellationToken cancellationToken)
    {
        var parameters = TaxiiStatusRows.InsertParameters(status);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM taxii_statuses WHERE expires_at <= @now", new { now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO taxii_statuses (id, owner_id, request_timestamp, expires_at, status, total_count, success_count, failure_count, pending_count, details)
            VALUES (@id, @owner, @requested, @expires, @Status, @TotalCount, @successes, @failures, @pendings, @details)
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
    }

    public async Task<TaxiiStatus?> FindAsync(Guid id, Guid ownerId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TaxiiStatusRows.Row>(new CommandDefinition(
            $"SELECT {TaxiiStatusRows.Columns} FROM taxii_statuses WHERE id = @id AND owner_id = @owner AND expires_at > @now",
            new { id = StoreValues.Text(id), owner = StoreValues.Text(ownerId), now = database.NowMicros() },
            cancellationToken: cancellationToken));
        return row is null ? null : TaxiiStatusRows.ToStatus(id, ownerId, row);
    }
}
