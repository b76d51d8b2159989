using Dapper;
using Tocsin.Core;
using Tocsin.Storage.Webhooks;

namespace Tocsin.Storage.Common;

/// <summary>The subscriber half of <see cref="SqlWebhooks"/>.</summary>
internal sealed class SqlWebhookSubscribers(IStoreDatabase database)
{
    // A subscriber delivering for a partner takes the partner's sectors and groups, so that every reader (addressing,
    // coverage, message bodies) sees the terms its measures are addressed by (SubscriberRow picks them).
    private const string Select =
        "SELECT s.id AS Id, s.name AS Name, s.url AS Url, s.territory_ids AS TerritoryIds, s.exercises AS Exercises, s.secret AS Secret, " +
        "s.created_at AS CreatedAt, s.disabled_at AS DisabledAt, s.sectors AS Sectors, s.recipient_groups AS Groups, " +
        "s.partner_id AS PartnerId, pr.name AS PartnerName, p.sectors AS PartnerSectors, p.recipient_groups AS PartnerGroups " +
        "FROM webhook_subscribers s LEFT JOIN partner_profiles p ON p.principal_id = s.partner_id LEFT JOIN principals pr ON pr.id = s.partner_id";

    public async Task<Result<Subscriber>> AddAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (!NameRules.IsValidPrincipalName(subscriber.Name))
        {
            return WebhookErrors.SubscriberNameInvalid(subscriber.Name);
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var row = SubscriberRow.Of(subscriber, database.NowMicros());
        var taken = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            "SELECT CASE WHEN id = @Id THEN 'id' ELSE 'name' END FROM webhook_subscribers WHERE id = @Id OR name = @Name LIMIT 1",
            new { row.Id, row.Name }, transaction, cancellationToken: cancellationToken));
        if (taken is not null)
        {
            return taken == "id" ? WebhookErrors.SubscriberIdTaken(row.Id) : WebhookErrors.SubscriberNameTaken(row.Name);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO webhook_subscribers (id, name, url, territory_ids, exercises, secret, created_at, sectors, recipient_groups, partner_id)
            VALUES (@Id, @Name, @Url, @TerritoryIds, @Exercises, @Secret, @CreatedAt, @Sectors, @Groups, @PartnerId)
            """,
            row, transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, row.AuditOfAdd(), row.CreatedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return subscriber with { CreatedAt = StoreValues.InstantOf(row.CreatedAt), DisabledAt = null };
    }

    public async Task<IReadOnlyList<Subscriber>> ListAsync(bool includeDisabled, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriberRow>(new CommandDefinition(
            $"{Select} WHERE @includeDisabled = 1 OR s.disabled_at IS NULL ORDER BY s.name", new { includeDisabled = includeDisabled ? 1 : 0 },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSubscriber())];
    }

    public async Task<Subscriber?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<SubscriberRow>(new CommandDefinition(
            $"{Select} WHERE s.id = @id", new { id = StoreValues.Text(id) }, cancellationToken: cancellationToken));
        return row?.ToSubscriber();
    }

    public async Task<Result<Subscriber>> SetRecipientTermsAsync(Guid id, IReadOnlyList<string> sectors, IReadOnlyList<string> groups,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(groups);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var text = StoreValues.Text(id);
        var terms = new { text, sectors = string.Join(' ', sectors), groups = string.Join(' ', groups) };
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE webhook_subscribers SET sectors = @sectors, recipient_groups = @groups WHERE id = @text AND disabled_at IS NULL AND partner_id IS NULL",
            terms, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            // A subscriber that delivers for a partner is addressed by the partner's sectors and groups: terms of its
            // own would be stored and never read, so they are refused rather than silently ignored.
            var partner = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT p.name FROM webhook_subscribers s JOIN principals p ON p.id = s.partner_id WHERE s.id = @text AND s.disabled_at IS NULL",
                new { text }, transaction, cancellationToken: cancellationToken));
            return partner is null ? WebhookErrors.SubscriberNotFound(text) : WebhookErrors.TermsFromPartner(text, partner);
        }

        await database.AppendAuditAsync(connection, transaction, WebhookAudit.RecipientTermsSet(text, terms.sectors, terms.groups),
            database.NowMicros(), cancellationToken);
        var row = await connection.QuerySingleAsync<SubscriberRow>(new CommandDefinition(
            $"{Select} WHERE s.id = @text", new { text }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return row.ToSubscriber();
    }

    public async Task<Result<Unit>> DisableAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var now = database.NowMicros();
        var text = StoreValues.Text(id);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE webhook_subscribers SET disabled_at = @now WHERE id = @text AND disabled_at IS NULL", new { now, text }, transaction,
            cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return WebhookErrors.SubscriberNotFound(text);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE webhook_deliveries SET state = 'dead', claimed_until = NULL, claim_token = NULL, last_error = 'subscriber removed'
            WHERE subscriber_id = @text AND state = 'pending'
            """,
            new { text }, transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, WebhookAudit.Disabled(text), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
