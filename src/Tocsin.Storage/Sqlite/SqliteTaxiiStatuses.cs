using System.Text.Json;
using Dapper;
using Tocsin.Storage.Taxii;

namespace Tocsin.Storage.Sqlite;

/// <summary>The SQLite side of <see cref="ITaxiiStatusStore"/>: one row per status, its details as JSON.</summary>
internal sealed class SqliteTaxiiStatuses(SqliteDatabase database) : ITaxiiStatusStore
{
    public async Task SaveAsync(TaxiiStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var details = JsonSerializer.SerializeToUtf8Bytes(new Details(status.Successes, status.Failures, status.Pendings));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM taxii_statuses WHERE expires_at <= @now", new { now = database.NowMicros() }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO taxii_statuses (id, owner_id, request_timestamp, expires_at, status, total_count, success_count, failure_count, pending_count, details)
            VALUES (@id, @owner, @requested, @expires, @Status, @TotalCount, @successes, @failures, @pendings, @details)
            """,
            new
            {
                id = SqliteDatabase.Text(status.Id),
                owner = SqliteDatabase.Text(status.OwnerId),
                requested = DateAddedStamp.FromInstant(status.RequestTimestamp).Microseconds,
                expires = DateAddedStamp.FromInstant(status.ExpiresAt).Microseconds,
                status.Status,
                status.TotalCount,
                successes = status.Successes.Count,
                failures = status.Failures.Count,
                pendings = status.Pendings.Count,
                details,
            },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<TaxiiStatus?> FindAsync(Guid id, Guid ownerId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT request_timestamp AS RequestTimestamp, expires_at AS ExpiresAt, details AS Details
            FROM taxii_statuses WHERE id = @id AND owner_id = @owner AND expires_at > @now
            """,
            new { id = SqliteDatabase.Text(id), owner = SqliteDatabase.Text(ownerId), now = database.NowMicros() },
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var details = JsonSerializer.Deserialize<Details>(row.Details)
            ?? throw new InvalidOperationException($"Stored TAXII status {id:D} has no details.");
        return new TaxiiStatus(id, ownerId, SqliteDatabase.InstantOf(row.RequestTimestamp), SqliteDatabase.InstantOf(row.ExpiresAt),
            details.Successes, details.Failures, details.Pendings);
    }

    private sealed record Row(long RequestTimestamp, long ExpiresAt, byte[] Details);

    private sealed record Details(IReadOnlyList<TaxiiStatusDetail> Successes, IReadOnlyList<TaxiiStatusDetail> Failures, IReadOnlyList<TaxiiStatusDetail> Pendings);
}
