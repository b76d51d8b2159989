using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Classification;
using Tocsin.Core.Stix;
using Tocsin.Storage.Classification;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="IClassificationStore"/>.</summary>
internal sealed class SqlClassification(IStoreDatabase database, IPartnerViewSql sql) : IClassificationStore
{
    public async Task<StoredClearance?> FindClearanceAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ClearanceRow>(new CommandDefinition(
            ClearanceRow.Select + " WHERE c.principal_id = @id", new { id = StoreValues.Text(principalId) }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    public async Task<IReadOnlyList<StoredClearance>> ListClearancesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ClearanceRow>(new CommandDefinition(ClearanceRow.Select + " ORDER BY p.name", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToStored())];
    }

    public async Task<Result<StoredClearance>> SetClearanceAsync(Guid principalId, Clearance clearance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clearance);
        var value = ClearanceRow.Normalise(clearance);
        var id = StoreValues.Text(principalId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var principal = await connection.QuerySingleOrDefaultAsync<PrincipalKindRow>(new CommandDefinition(
            "SELECT name AS Name, kind AS Kind FROM principals WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        if (principal is not { } found)
        {
            return StoreErrors.PrincipalNotFound(principalId);
        }

        if (found.Kind != "user")
        {
            return ClassificationErrors.NotAStaffMember(found.Name);
        }

        var before = await connection.QuerySingleOrDefaultAsync<ClearanceRow>(new CommandDefinition(
            ClearanceRow.Select + " WHERE c.principal_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        var now = database.NowMicros();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO clearances (principal_id, level, compartments_json, revision, changed_at) VALUES (@id, @level, @compartments, 1, @now)
            ON CONFLICT (principal_id) DO UPDATE SET level = excluded.level, compartments_json = excluded.compartments_json,
                revision = clearances.revision + 1, changed_at = excluded.changed_at
            """,
            new { id, level = value.Level, compartments = ClearanceRow.CompartmentsText(value), now }, transaction, cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.ClearanceChange, id, new JsonObject
        {
            ["name"] = found.Name,
            ["before"] = ClearanceRow.Audit(before?.ToStored().Clearance),
            ["after"] = ClearanceRow.Audit(value),
        }), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoredClearance(principalId, found.Name, value, (before?.Revision ?? 0) + 1, StoreValues.InstantOf(now));
    }

    public async Task<IReadOnlyList<StixObject>> MarkingDefinitionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<byte[]>(new CommandDefinition(
            $"""
            SELECT o.json FROM objects o WHERE {sql.MarkingIds}
            AND EXISTS (SELECT 1 FROM collection_objects m WHERE m.object_row = o.row_id AND m.contributor IS NULL AND m.deleted_at IS NULL)
            """, cancellationToken: cancellationToken));
        return [.. rows.Select(j => StixObject.FromTrusted(j))];
    }

    private sealed record PrincipalKindRow(string Name, string Kind);
}
