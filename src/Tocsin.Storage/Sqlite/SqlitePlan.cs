using Tocsin.Core.Audit;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Tocsin.Core;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Storage.Plan;
using Tocsin.Storage.Publications;

namespace Tocsin.Storage.Sqlite;

/// <summary>The SQLite side of <see cref="IPlanStore"/>: <c>decisions</c> holds each decision's current
/// state, <c>decision_events</c> its append-only history.</summary>
internal sealed class SqlitePlan(SqliteDatabase database) : IPlanStore
{
    public async Task<Result<Decision>> AddAsync(Decision decision, IReadOnlyList<Publication> publications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(publications);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM decisions WHERE id = @id", new { id = SqliteDatabase.Text(decision.Id) }, transaction, cancellationToken: cancellationToken));
        if (exists > 0)
        {
            return PlanStoreErrors.DecisionExists(decision.Id);
        }

        await connection.ExecuteAsync(new CommandDefinition(SqlitePlanRows.Insert, SqlitePlanRows.Parameters(decision), transaction, cancellationToken: cancellationToken));
        return await FinishAsync(connection, transaction, decision, 0, publications, cancellationToken);
    }

    public async Task<Result<Decision>> UpdateAsync(Decision decision, int expectedEventCount, IReadOnlyList<Publication> publications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(publications);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(expectedEventCount, decision.Events.Count);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var id = SqliteDatabase.Text(decision.Id);
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

        await connection.ExecuteAsync(new CommandDefinition(SqlitePlanRows.UpdateState, SqlitePlanRows.Parameters(decision), transaction, cancellationToken: cancellationToken));
        return await FinishAsync(connection, transaction, decision, expectedEventCount, publications, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> MissingObjectsAsync(IReadOnlyList<string> stixIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stixIds);
        if (stixIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var found = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT id FROM objects WHERE id IN @stixIds", new { stixIds }, cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        return [.. stixIds.Where(id => !found.Contains(id)).Distinct(StringComparer.Ordinal)];
    }

    public async Task<Decision?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("WHERE id = @id", new { id = SqliteDatabase.Text(id) }, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Decision>> ListAsync(string? schemeId, CancellationToken cancellationToken) =>
        schemeId is null
            ? QueryAsync(string.Empty, new { }, cancellationToken)
            : QueryAsync("WHERE scheme_id = @schemeId", new { schemeId }, cancellationToken);

    private async Task<Result<Decision>> FinishAsync(SqliteConnection connection, SqliteTransaction transaction, Decision decision, int firstNewEvent,
        IReadOnlyList<Publication> publications, CancellationToken cancellationToken)
    {
        for (var position = firstNewEvent; position < decision.Events.Count; position++)
        {
            await connection.ExecuteAsync(new CommandDefinition(SqlitePlanRows.InsertEvent,
                SqlitePlanRows.EventParameters(decision.Events[position], position), transaction, cancellationToken: cancellationToken));
        }

        var messages = new JsonArray();
        foreach (var publication in publications)
        {
            var added = await SqlitePublications.InsertAsync(connection, transaction, publication, cancellationToken);
            if (!added.IsSuccess)
            {
                return added.Error;
            }

            messages.Add(JsonNode.Parse(SqlitePublications.AuditOf(added.Value).Details));
        }

        // One audit entry for the whole state change: the new events and the messages it published.
        await SqliteAudit.AppendAsync(connection, transaction, AuditOf(decision, firstNewEvent, messages), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return decision;
    }

    private async Task<IReadOnlyList<Decision>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // One read transaction, so that decisions and their events come from the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var rows = (await connection.QueryAsync<SqlitePlanRows.DecisionRow>(new CommandDefinition(
            $"SELECT {SqlitePlanRows.Columns} FROM decisions {where} ORDER BY proposed_at, id", parameters, transaction, cancellationToken: cancellationToken))).ToList();
        var events = (await connection.QueryAsync<SqlitePlanRows.EventRow>(new CommandDefinition(
            $"SELECT decision_id AS DecisionId, position AS Position, kind AS Kind, principal_id AS PrincipalId, at AS At, note AS Note FROM decision_events " +
            $"WHERE decision_id IN (SELECT id FROM decisions {where}) ORDER BY decision_id, position",
            parameters, transaction, cancellationToken: cancellationToken)))
            .GroupBy(e => e.DecisionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(SqlitePlanRows.ToEvent).ToList(), StringComparer.Ordinal);
        return [.. rows.Select(row => SqlitePlanRows.ToDecision(row, events.GetValueOrDefault(row.Id) ?? []))];
    }

    private static AuditRecord AuditOf(Decision decision, int firstNewEvent, JsonArray messages)
    {
        var events = new JsonArray();
        for (var position = firstNewEvent; position < decision.Events.Count; position++)
        {
            var change = decision.Events[position];
            events.Add(new JsonObject
            {
                ["kind"] = change.Kind.ToString(),
                ["principal"] = SqliteDatabase.Text(change.PrincipalId),
                ["at"] = DateAddedStamp.FromInstant(change.At).Microseconds,
                ["note"] = change.Note,
            });
        }

        return AuditRecord.Of(AuditActions.DecisionChange, SqliteDatabase.Text(decision.Id), new JsonObject
        {
            ["scheme"] = decision.SchemeId,
            ["level"] = decision.LevelKey,
            ["territories"] = new JsonArray([.. decision.TerritoryIds.Select(t => (JsonNode?)JsonValue.Create(t))]),
            ["exercise"] = decision.IsExercise,
            ["events"] = events,
            ["messages"] = messages,
        });
    }
}
