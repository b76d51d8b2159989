using System.Text.Json.Nodes;
using Dapper;
using System.Data.Common;
using Tocsin.Core;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Storage.Plan;
using Tocsin.Storage.Publications;


namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="IPlanStore"/>: <c>decisions</c> holds each decision's current
/// state, <c>decision_events</c> its append-only history. Row mapping: <see cref="PlanRows"/>.</summary>
internal sealed class SqlPlan(IStoreDatabase database) : IPlanStore
{
    private const string Insert = """
        INSERT INTO decisions (id, scheme_id, level_key, territory_ids, effective_at, review_by, expires_at, authority, rationale, supersedes,
                               evidence, is_exercise, status, proposed_by, proposed_at, approved_by, approved_at, cancelled_at, reason, rationale_translations)
        VALUES (@id, @schemeId, @levelKey, @territoryIds, @effectiveAt, @reviewBy, @expiresAt, @authority, @rationale, @supersedes,
                @evidence, @isExercise, @status, @proposedBy, @proposedAt, @approvedBy, @approvedAt, @cancelledAt, @reason, @rationaleTranslations)
        """;

    private const string UpdateState = """
        UPDATE decisions SET status = @status, approved_by = @approvedBy, approved_at = @approvedAt, cancelled_at = @cancelledAt, reason = @reason
        WHERE id = @id
        """;

    private const string InsertEvent = """
        INSERT INTO decision_events (decision_id, position, kind, principal_id, at, note, effective_at)
        VALUES (@decisionId, @position, @kind, @principalId, @at, @note, @effectiveAt)
        """;

    public async Task<Result<Decision>> AddAsync(Decision decision, IReadOnlyList<Publication> publications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(publications);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM decisions WHERE id = @id", new { id = StoreValues.Text(decision.Id) }, transaction, cancellationToken: cancellationToken));
        if (exists > 0)
        {
            return PlanStoreErrors.DecisionExists(decision.Id);
        }

        await connection.ExecuteAsync(new CommandDefinition(Insert, PlanRows.Parameters(decision), transaction, cancellationToken: cancellationToken));
        return await FinishAsync(connection, transaction, decision, 0, publications, cancellationToken);
    }

    public async Task<Result<Decision>> UpdateAsync(Decision decision, int expectedEventCount, IReadOnlyList<Publication> publications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(publications);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(expectedEventCount, decision.Events.Count);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var id = StoreValues.Text(decision.Id);
        var stored = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT (SELECT COUNT(*) FROM decision_events WHERE decision_id = @id) FROM decisions WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        if (stored is null)
        {
            return PlanStoreErrors.DecisionNotFound(decision.Id);
        }

        if (stored != expectedEventCount)
        {
            return PlanStoreErrors.DecisionChanged(decision.Id);
        }

        await connection.ExecuteAsync(new CommandDefinition(UpdateState, PlanRows.Parameters(decision), transaction, cancellationToken: cancellationToken));
        return await FinishAsync(connection, transaction, decision, expectedEventCount, publications, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> MissingObjectsAsync(IReadOnlyList<string> stixIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stixIds);
        if (stixIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var found = (await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT DISTINCT id FROM objects WHERE {database.Dialect.AnyOf("id", "stixIds")}", new { stixIds = stixIds.ToArray() }, cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        return [.. stixIds.Where(id => !found.Contains(id)).Distinct(StringComparer.Ordinal)];
    }

    public async Task<Decision?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("WHERE id = @id", new { id = StoreValues.Text(id) }, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Decision>> ListAsync(string? schemeId, CancellationToken cancellationToken) =>
        schemeId is null
            ? QueryAsync(string.Empty, new { }, cancellationToken)
            : QueryAsync("WHERE scheme_id = @schemeId", new { schemeId }, cancellationToken);

    private async Task<Result<Decision>> FinishAsync(DbConnection connection, DbTransaction transaction, Decision decision, int firstNewEvent,
        IReadOnlyList<Publication> publications, CancellationToken cancellationToken)
    {
        for (var position = firstNewEvent; position < decision.Events.Count; position++)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertEvent,
                PlanRows.EventParameters(decision.Events[position], position), transaction, cancellationToken: cancellationToken));
        }

        var messages = new JsonArray();
        foreach (var publication in publications)
        {
            var added = await SqlPublications.InsertAsync(connection, transaction, publication, cancellationToken);
            if (!added.IsSuccess)
            {
                return added.Error;
            }

            messages.Add(JsonNode.Parse(PublicationRows.AuditOf(added.Value).Details));
        }

        // One audit entry for the whole state change: the new events and the messages it published.
        await database.AppendAuditAsync(connection, transaction, PlanRows.AuditOf(decision, firstNewEvent, messages), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return decision;
    }

    private async Task<IReadOnlyList<Decision>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // One read transaction, so that decisions and their events come from the same snapshot.
        await using var transaction = await database.BeginSnapshotReadAsync(connection, cancellationToken);
        var rows = (await connection.QueryAsync<PlanRows.DecisionRow>(new CommandDefinition(
            $"SELECT {PlanRows.DecisionColumns} FROM decisions {where} ORDER BY proposed_at, id", parameters, transaction, cancellationToken: cancellationToken))).ToList();
        var events = (await connection.QueryAsync<PlanRows.EventRow>(new CommandDefinition(
            $"SELECT {PlanRows.EventColumns} FROM decision_events " +
            $"WHERE decision_id IN (SELECT id FROM decisions {where}) ORDER BY decision_id, position",
            parameters, transaction, cancellationToken: cancellationToken)))
            .GroupBy(e => e.DecisionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(PlanRows.ToEvent).ToList(), StringComparer.Ordinal);
        return [.. rows.Select(row => PlanRows.ToDecision(row, events.GetValueOrDefault(row.Id) ?? []))];
    }
}
