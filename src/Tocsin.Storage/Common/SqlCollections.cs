using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;

namespace Tocsin.Storage.Common;

/// <summary>Collections and the grants principals hold on them.</summary>
internal sealed class SqlCollections(IStoreDatabase database)
{
    private const string SelectCollection = "SELECT id AS Id, alias AS Alias, title AS Title, description AS Description, created_at AS CreatedAt FROM collections";

    public async Task<Result<Collection>> AddAsync(string alias, string? title, string? description, CancellationToken cancellationToken)
    {
        if (!NameRules.IsValidCollectionAlias(alias))
        {
            return StoreErrors.CollectionAliasInvalid(alias);
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM collections WHERE alias = @alias", new { alias }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            return StoreErrors.CollectionAliasTaken(alias);
        }

        var row = new CollectionRow(StoreValues.Text(Guid.NewGuid()), alias, title, description, database.NowMicros());
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO collections (id, alias, title, description, created_at) VALUES (@Id, @Alias, @Title, @Description, @CreatedAt)",
            row, transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.CollectionAdd, row.Id,
            new JsonObject { ["alias"] = alias }), row.CreatedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.ToCollection();
    }

    public async Task<IReadOnlyList<Collection>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<CollectionRow>(new CommandDefinition(
            SelectCollection + " ORDER BY alias", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToCollection())];
    }

    public async Task<Collection?> FindAsync(string idOrAlias, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        var id = Guid.TryParse(idOrAlias, out var guid) ? StoreValues.Text(guid) : null;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CollectionRow>(new CommandDefinition(
            SelectCollection + " WHERE id = @id OR alias = @idOrAlias", new { id, idOrAlias }, cancellationToken: cancellationToken));
        return row?.ToCollection();
    }

    public async Task<Result<Unit>> GrantAsync(Guid collectionId, Guid principalId, CollectionRights rights, CancellationToken cancellationToken)
    {
        if ((rights & ~(CollectionRights.Read | CollectionRights.Write)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rights), rights, "Unknown rights.");
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var collectionRow = await RowOfAsync(connection, transaction, collectionId, cancellationToken);
        if (collectionRow is null)
        {
            return StoreErrors.CollectionNotFound(collectionId);
        }

        var principal = StoreValues.Text(principalId);
        var known = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM principals WHERE id = @principal", new { principal }, transaction, cancellationToken: cancellationToken));
        if (known == 0)
        {
            return StoreErrors.PrincipalNotFound(principalId);
        }

        var sql = rights == CollectionRights.None
            ? "DELETE FROM collection_grants WHERE collection_row = @collectionRow AND principal_id = @principal"
            : """
              INSERT INTO collection_grants (collection_row, principal_id, rights) VALUES (@collectionRow, @principal, @rights)
              ON CONFLICT (collection_row, principal_id) DO UPDATE SET rights = excluded.rights
              """;
        await connection.ExecuteAsync(new CommandDefinition(sql, new { collectionRow, principal, rights = (int)rights }, transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.GrantSet, StoreValues.Text(collectionId),
            new JsonObject { ["principal"] = principal, ["read"] = rights.HasFlag(CollectionRights.Read), ["write"] = rights.HasFlag(CollectionRights.Write) }),
            database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    public async Task<CollectionRights> RightsAsync(Guid collectionId, Guid principalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rights = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            SELECT g.rights FROM collection_grants g JOIN collections c ON c.row_id = g.collection_row
            WHERE c.id = @collection AND g.principal_id = @principal
            """,
            new { collection = StoreValues.Text(collectionId), principal = StoreValues.Text(principalId) },
            cancellationToken: cancellationToken));
        return (CollectionRights)(rights ?? 0);
    }

    /// <summary>The internal row key of a collection, or null when there is none with that id.</summary>
    public static Task<long?> RowOfAsync(DbConnection connection, DbTransaction? transaction, Guid collectionId, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT row_id FROM collections WHERE id = @id", new { id = StoreValues.Text(collectionId) }, transaction, cancellationToken: cancellationToken));

    /// <summary>Like <see cref="RowOfAsync"/> for operations whose caller must name an existing collection.</summary>
    /// <exception cref="ArgumentException">No collection has that id.</exception>
    public static async Task<long> RequireRowAsync(DbConnection connection, DbTransaction? transaction, Guid collectionId, CancellationToken cancellationToken) =>
        await RowOfAsync(connection, transaction, collectionId, cancellationToken)
        ?? throw new ArgumentException($"No collection has id {collectionId:D}.", nameof(collectionId));

    private sealed record CollectionRow(string Id, string Alias, string? Title, string? Description, long CreatedAt)
    {
        public Collection ToCollection() => new(Guid.Parse(Id), Alias, Title, Description, StoreValues.InstantOf(CreatedAt));
    }
}
