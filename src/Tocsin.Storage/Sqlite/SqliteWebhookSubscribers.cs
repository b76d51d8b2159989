using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Sqlite;

/// <summary>The subscriber half of <see cref="SqliteWebhooks"/>.</summary>
internal sealed class SqliteWebhookSubscribers(SqliteDatabase database)
{
    private const string Select =
        "SELECT id AS Id, name AS Name, url AS Url, territory_ids AS TerritoryIds, exercises AS Exercises, secret AS Secret, " +
        "created_at AS CreatedAt, disabled_at AS DisabledAt FROM webhook_subscribers";

    public async Task<Result<Subscriber>> AddAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (!NameRules.IsValidPrincipalName(subscriber.Name))
        {
            return new Error("subscriber-name-invalid", $"'{subscriber.Name}' is not a valid subscriber name: 1 to 64 letters, digits, '.', '_', '@' or '-'.");
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var id = SqliteDatabase.Text(subscriber.Id);
        var taken = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            "SELECT CASE WHEN id = @id THEN 'id' ELSE 'name' END FROM webhook_subscribers WHERE id = @id OR name = @Name LIMIT 1",
            new { id, subscriber.Name }, transaction, cancellationToken: cancellationToken));
        if (taken is not null)
        {
            return taken == "id"
                ? new Error("subscriber-id-taken", $"A subscriber with id {id} exists.")
                : new Error("subscriber-name-taken", $"A subscriber named '{subscriber.Name}' exists.");
        }

        var now = database.NowMicros();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO webhook_subscribers (id, name, url, territory_ids, exercises, secret, created_at)
            VALUES (@id, @Name, @Url, @territories, @exercises, @secret, @now)
            """,
            new
            {
                id,
                subscriber.Name,
                subscriber.Url,
                territories = string.Join(' ', subscriber.TerritoryIds),
                exercises = subscriber.Exercises ? 1 : 0,
                secret = subscriber.EncryptedSecret.ToArray(),
                now,
            },
            transaction,
            cancellationToken: cancellationToken));
        await SqliteAudit.AppendAsync(connection, transaction, AuditRecord.Of(AuditActions.SubscriberAdd, id, new JsonObject
        {
            ["name"] = subscriber.Name,
            ["url"] = subscriber.Url,
            ["territories"] = string.Join(' ', subscriber.TerritoryIds),
            ["exercises"] = subscriber.Exercises,
        }), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return subscriber with { CreatedAt = SqliteDatabase.InstantOf(now), DisabledAt = null };
    }

    public async Task<IReadOnlyList<Subscriber>> ListAsync(bool includeDisabled, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"{Select} WHERE @includeDisabled = 1 OR disabled_at IS NULL ORDER BY name", new { includeDisabled = includeDisabled ? 1 : 0 },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSubscriber())];
    }

    public async Task<Subscriber?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            $"{Select} WHERE id = @id", new { id = SqliteDatabase.Text(id) }, cancellationToken: cancellationToken));
        return row?.ToSubscriber();
    }

    public async Task<Result<Unit>> DisableAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var now = database.NowMicros();
        var text = SqliteDatabase.Text(id);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE webhook_subscribers SET disabled_at = @now WHERE id = @text AND disabled_at IS NULL", new { now, text }, transaction,
            cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new Error("subscriber-not-found", $"No active subscriber has id {text}.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhook_deliveries SET state = 'dead', claimed_until = NULL, claim_token = NULL, last_error = 'subscriber removed'
            WHERE subscriber_id = @text AND state = 'pending'
            """,
            new { text }, transaction, cancellationToken: cancellationToken));
        await SqliteAudit.AppendAsync(connection, transaction, AuditRecord.Of(AuditActions.SubscriberDisable, text), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    private sealed record Row(string Id, string Name, string Url, string TerritoryIds, long Exercises, byte[] Secret, long CreatedAt, long? DisabledAt)
    {
        public Subscriber ToSubscriber() => new(
            Guid.Parse(Id),
            Name,
            Url,
            TerritoryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Exercises != 0,
            Secret,
            SqliteDatabase.InstantOf(CreatedAt),
            DisabledAt is { } disabled ? SqliteDatabase.InstantOf(disabled) : null);
    }
}
