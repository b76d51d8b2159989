using System.Data.Common;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Plan.Postures;
using Tocsin.Storage.Plan;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="IPostureStore"/>: <c>postures</c> holds each posture's current
/// state, <c>posture_events</c> its append-only history and <c>posture_changes</c> the numbered approvals and
/// cancellations followers read. Row mapping: <see cref="PostureRows"/>.</summary>
internal sealed class SqlPostures(IStoreDatabase database) : IPostureStore
{
    private const string Insert = """
        INSERT INTO postures (id, scheme_id, titles, level_key, territory_ids, starts_at, ends_at, measures, authority, rationale, supersedes,
                              is_exercise, status, proposed_by, proposed_at, approved_by, approved_at, cancelled_at, reason)
        VALUES (@id, @schemeId, @titles, @levelKey, @territoryIds, @startsAt, @endsAt, @measures, @authority, @rationale, @supersedes,
                @isExercise, @status, @proposedBy, @proposedAt, @approvedBy, @approvedAt, @cancelledAt, @reason)
        """;

    private const string UpdateState = """
        UPDATE postures SET status = @status, approved_by = @approvedBy, approved_at = @approvedAt, cancelled_at = @cancelledAt, reason = @reason
        WHERE id = @id
        """;

    private const string InsertEvent = """
        INSERT INTO posture_events (posture_id, position, kind, principal_id, at, note, effective_at)
        VALUES (@postureId, @position, @kind, @principalId, @at, @note, @effectiveAt)
        """;

    // Every write holds the engine's one write lock, so the next number computed here is never taken by a
    // concurrent transaction and numbers become visible in order.
    private const string InsertChange = """
        INSERT INTO posture_changes (sequence, posture_id, kind, at)
        SELECT COALESCE(MAX(sequence), 0) + 1, @postureId, @kind, @at FROM posture_changes
        """;

    public async Task<Result<Posture>> AddAsync(Posture posture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posture);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM postures WHERE id = @id", new { id = StoreValues.Text(posture.Id) }, transaction, cancellationToken: cancellationToken));
        if (exists > 0)
        {
            return PostureStoreErrors.PostureExists(posture.Id);
        }

        await connection.ExecuteAsync(new CommandDefinition(Insert, PostureRows.Parameters(posture), transaction, cancellationToken: cancellationToken));
        return await FinishAsync(connection, transaction, posture, 0, cancellationToken);
    }

    public async Task<Result<Posture>> UpdateAsync(Posture posture, int expectedEventCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posture);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(expectedEventCount, posture.Events.Count);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var id = StoreValues.Text(posture.Id);
        var stored = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT (SELECT COUNT(*) FROM posture_events WHERE posture_id = @id) FROM postures WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        if (stored is null)
        {
            return PostureStoreErrors.PostureNotFound(posture.Id);
        }

        if (stored != expectedEventCount)
        {
            return PostureStoreErrors.PostureChanged(posture.Id);
        }

        await connection.ExecuteAsync(new CommandDefinition(UpdateState, PostureRows.Parameters(posture), transaction, cancellationToken: cancellationToken));
        return await FinishAsync(connection, transaction, posture, expectedEventCount, cancellationToken);
    }

    public async Task<Posture?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("WHERE id = @id", new { id = StoreValues.Text(id) }, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Posture>> ListAsync(string? schemeId, CancellationToken cancellationToken) =>
        schemeId is null
            ? QueryAsync(string.Empty, new { }, cancellationToken)
            : QueryAsync("WHERE scheme_id = @schemeId", new { schemeId }, cancellationToken);

    public async Task<IReadOnlyList<PostureChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PostureRows.ChangeRow>(new CommandDefinition(
            $"SELECT {PostureRows.ChangeColumns} FROM posture_changes WHERE sequence > @afterSequence ORDER BY sequence LIMIT @limit",
            new { afterSequence, limit = (long)limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(PostureRows.ToChange)];
    }

    private async Task<Result<Posture>> FinishAsync(DbConnection connection, DbTransaction transaction, Posture posture, int firstNewEvent, CancellationToken cancellationToken)
    {
        for (var position = firstNewEvent; position < posture.Events.Count; position++)
        {
            var change = posture.Events[position];
            await connection.ExecuteAsync(new CommandDefinition(InsertEvent, PostureRows.EventParameters(change, position), transaction, cancellationToken: cancellationToken));
            if (PostureRows.IsPublished(change))
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertChange, PostureRows.ChangeParameters(change), transaction, cancellationToken: cancellationToken));
            }
        }

        // One audit entry for the whole state change.
        await database.AppendAuditAsync(connection, transaction, PostureRows.AuditOf(posture, firstNewEvent), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return posture;
    }

    private async Task<IReadOnlyList<Posture>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // One read transaction, so that postures and their events come from the same snapshot.
        await using var transaction = await database.BeginSnapshotReadAsync(connection, cancellationToken);
        var rows = (await connection.QueryAsync<PostureRows.PostureRow>(new CommandDefinition(
            $"SELECT {PostureRows.PostureColumns} FROM postures {where} ORDER BY proposed_at, id", parameters, transaction, cancellationToken: cancellationToken))).ToList();
        var events = (await connection.QueryAsync<PostureRows.EventRow>(new CommandDefinition(
            $"SELECT {PostureRows.EventColumns} FROM posture_events " +
            $"WHERE posture_id IN (SELECT id FROM postures {where}) ORDER BY posture_id, position",
            parameters, transaction, cancellationToken: cancellationToken)))
            .GroupBy(e => e.PostureId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(PostureRows.ToEvent).ToList(), StringComparer.Ordinal);
        return [.. rows.Select(row => PostureRows.ToPosture(row, events.GetValueOrDefault(row.Id) ?? []))];
    }
}
