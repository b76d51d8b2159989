using System.Data.Common;
using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;

namespace Tocsin.Storage.Common;

/// <summary>Principals (people and partner services) with their roles and password hashes.</summary>
internal sealed class SqlPrincipals(IStoreDatabase database)
{
    private const string SelectPrincipal = "SELECT id AS Id, name AS Name, kind AS Kind, created_at AS CreatedAt, disabled_at AS DisabledAt FROM principals";

    public async Task<Result<Principal>> AddAsync(string name, PrincipalKind kind, IReadOnlyList<Role> roles, string? passwordHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (!NameRules.IsValidPrincipalName(name))
        {
            return StoreErrors.PrincipalNameInvalid(name);
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM principals WHERE name = @name", new { name }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            return StoreErrors.PrincipalNameTaken(name);
        }

        var row = new PrincipalRow(StoreValues.Text(Guid.NewGuid()), name, KindName(kind), database.NowMicros(), null);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO principals (id, name, kind, password_hash, created_at) VALUES (@Id, @Name, @Kind, @passwordHash, @CreatedAt)",
            new { row.Id, row.Name, row.Kind, passwordHash, row.CreatedAt }, transaction, cancellationToken: cancellationToken));
        var distinctRoles = roles.Distinct().Order().ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO principal_roles (principal_id, role) VALUES (@Id, @Role)",
            distinctRoles.Select(r => new { row.Id, Role = RoleNames.ToName(r) }), transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.PrincipalAdd, row.Id, new JsonObject
        {
            ["name"] = name,
            ["kind"] = row.Kind,
            ["roles"] = new JsonArray([.. distinctRoles.Select(r => JsonValue.Create(RoleNames.ToName(r)))]),
            ["password"] = passwordHash is not null,
        }), row.CreatedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.ToPrincipal(distinctRoles);
    }

    public async Task<IReadOnlyList<Principal>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PrincipalRow>(new CommandDefinition(SelectPrincipal + " ORDER BY name", cancellationToken: cancellationToken));
        var roles = await connection.QueryAsync<RoleRow>(new CommandDefinition(
            "SELECT principal_id AS PrincipalId, role AS Role FROM principal_roles", cancellationToken: cancellationToken));
        var byPrincipal = roles.ToLookup(r => r.PrincipalId, r => r.ToRole(), StringComparer.Ordinal);
        return [.. rows.Select(r => r.ToPrincipal([.. byPrincipal[r.Id].Order()]))];
    }

    public async Task<Principal?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PrincipalRow>(new CommandDefinition(
            SelectPrincipal + " WHERE name = @name", new { name }, cancellationToken: cancellationToken));
        return row is null ? null : await WithRolesAsync(connection, row, null, cancellationToken);
    }

    /// <summary>The principal with this id, read on an open connection, or null.</summary>
    public static async Task<Principal?> FindByIdAsync(DbConnection connection, string id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<PrincipalRow>(new CommandDefinition(
            SelectPrincipal + " WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row is null ? null : await WithRolesAsync(connection, row, null, cancellationToken);
    }

    public async Task<Result<Principal>> SetRolesAsync(string name, IReadOnlyList<Role> roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PrincipalRow>(new CommandDefinition(
            SelectPrincipal + " WHERE name = @name", new { name }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return StoreErrors.PrincipalNotFound(name);
        }

        var previous = (await WithRolesAsync(connection, row, transaction, cancellationToken)).Roles;
        var wanted = roles.Distinct().Order().ToList();
        if (previous.SequenceEqual(wanted))
        {
            return row.ToPrincipal(wanted);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM principal_roles WHERE principal_id = @Id", new { row.Id }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO principal_roles (principal_id, role) VALUES (@Id, @Role)",
            wanted.Select(r => new { row.Id, Role = RoleNames.ToName(r) }), transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.PrincipalRoles, row.Id, new JsonObject
        {
            ["name"] = name,
            ["roles"] = RoleArray(wanted),
            ["previous"] = RoleArray(previous),
        }), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.ToPrincipal(wanted);
    }

    /// <remarks>The last-administrator check reads the other enabled administrators inside the write transaction that
    /// disables, under the engine's write lock: two administrators disabling each other at once cannot both pass it.</remarks>
    public async Task<Result<Principal>> SetDisabledAsync(string name, bool disabled, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PrincipalRow>(new CommandDefinition(
            SelectPrincipal + " WHERE name = @name AND kind = 'user'", new { name }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return StoreErrors.PrincipalNotFound(name);
        }

        var principal = await WithRolesAsync(connection, row, transaction, cancellationToken);
        if ((row.DisabledAt is not null) == disabled)
        {
            return principal;
        }

        if (disabled && principal.Has(Role.Admin) && await OtherEnabledAdminsAsync(connection, transaction, row.Id, cancellationToken) == 0)
        {
            return StoreErrors.LastEnabledAdmin(name);
        }

        var now = database.NowMicros();
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE principals SET disabled_at = @at WHERE id = @Id", new { at = disabled ? now : (long?)null, row.Id }, transaction,
            cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction,
            AuditRecord.Of(disabled ? AuditActions.PrincipalDisable : AuditActions.PrincipalEnable, row.Id, new JsonObject { ["name"] = name }), now,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return principal with { DisabledAt = disabled ? StoreValues.InstantOf(now) : null };
    }

    public async Task<Result<Unit>> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var id = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT id FROM principals WHERE name = @name", new { name }, transaction, cancellationToken: cancellationToken));
        if (id is null)
        {
            return StoreErrors.PrincipalNotFound(name);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM api_keys WHERE principal_id = @id;
            DELETE FROM partner_certificates WHERE principal_id = @id;
            DELETE FROM collection_grants WHERE principal_id = @id;
            DELETE FROM principal_roles WHERE principal_id = @id;
            DELETE FROM principals WHERE id = @id;
            """, new { id }, transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.PrincipalRemove, id, new JsonObject { ["name"] = name }),
            database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    public async Task<string?> PasswordHashAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT password_hash FROM principals WHERE id = @id", new { id = StoreValues.Text(principalId) }, cancellationToken: cancellationToken));
    }

    private static Task<long> OtherEnabledAdminsAsync(DbConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT COUNT(*) FROM principals p JOIN principal_roles r ON r.principal_id = p.id
            WHERE r.role = 'admin' AND p.kind = 'user' AND p.disabled_at IS NULL AND p.id <> @id
            """,
            new { id }, transaction, cancellationToken: cancellationToken));

    private static JsonArray RoleArray(IEnumerable<Role> roles) => new([.. roles.Select(r => JsonValue.Create(RoleNames.ToName(r)))]);

    private static async Task<Principal> WithRolesAsync(DbConnection connection, PrincipalRow row, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var roles = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT role FROM principal_roles WHERE principal_id = @Id", new { row.Id }, transaction, cancellationToken: cancellationToken));
        return row.ToPrincipal([.. roles.Select(r => RoleNames.Parse(r).Value).Order()]);
    }

    private static string KindName(PrincipalKind kind) => kind switch
    {
        PrincipalKind.User => "user",
        PrincipalKind.Partner => "partner",
    };

    private sealed record PrincipalRow(string Id, string Name, string Kind, long CreatedAt, long? DisabledAt)
    {
        public Principal ToPrincipal(IReadOnlyList<Role> roles) => new(Guid.Parse(Id), Name,
            string.Equals(Kind, "partner", StringComparison.Ordinal) ? PrincipalKind.Partner : PrincipalKind.User,
            roles, StoreValues.InstantOf(CreatedAt))
        {
            DisabledAt = DisabledAt is { } disabled ? StoreValues.InstantOf(disabled) : null,
        };
    }

    private sealed record RoleRow(string PrincipalId, string Role)
    {
        public Role ToRole() => RoleNames.Parse(Role).Value;
    }
}
