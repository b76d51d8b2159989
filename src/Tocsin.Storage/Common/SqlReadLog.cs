using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Storage.Reads;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' read log: rows written like the share log's (<see cref="VersionLogInsert"/>), every look
/// at them audited.</summary>
internal sealed class SqlReadLog(IStoreDatabase database) : IReadLogStore
{
    /// <summary>Rows per page of an export.</summary>
    private const int ExportPage = 1000;

    public async Task RecordAsync(ReadLogReader reader, string path, IReadOnlyList<SharedVersion> versions, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(versions);
        if (!ReadPaths.IsKnown(path))
        {
            throw new ArgumentException($"'{path}' is not a read path.", nameof(path));
        }

        if (versions.Count == 0)
        {
            return;
        }

        var principal = StoreValues.Text(reader.PrincipalId);
        var readAt = DateAddedStamp.FromInstant(at).Microseconds;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var name = reader.Name ?? await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT name FROM principals WHERE id = @principal", new { principal }, transaction, cancellationToken: cancellationToken)) ?? principal;
        var columns = new Dictionary<string, object>
        {
            ["principal_id"] = principal,
            ["principal_name"] = name,
            ["path"] = path,
            ["read_at"] = readAt,
        };
        await VersionLogInsert.RunAsync(connection, transaction, "read_log", columns, versions, cancellationToken);
        var audit = ServedVersionsAudit.Of(ReadLogAudit.Recorded, principal, versions, readAt, new JsonObject { ["path"] = path, ["name"] = name });
        await database.AppendAuditAsync(connection, transaction, audit, database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Result<ReadLogPage>> QueryAsync(ReadLogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Check() is { } error)
        {
            return error;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var (sql, parameters) = Select(query, query.Limit + 1);
        var rows = (await connection.QueryAsync<ReadLogRow>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))).ToList();
        var more = rows.Count > query.Limit;
        var items = rows.Take(query.Limit).Select(r => r.ToEntry()).ToList();
        await database.AppendAuditAsync(connection, transaction, ReadLogAudit.OfView(query, null, items.Count), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReadLogPage(items, more, more ? items[^1].Sequence : null);
    }

    public async IAsyncEnumerable<ReadLogEntry> ExportAsync(ReadLogQuery query, string format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Check() is { } error)
        {
            throw new ArgumentException(error.Message, nameof(query));
        }

        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        {
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
            await database.AppendAuditAsync(connection, transaction, ReadLogAudit.OfView(query, format, null), database.NowMicros(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var after = query.After;
        while (true)
        {
            List<ReadLogRow> rows;
            await using (var connection = await database.OpenConnectionAsync(cancellationToken))
            {
                var (sql, parameters) = Select(query with { After = after }, ExportPage);
                rows = [.. await connection.QueryAsync<ReadLogRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))];
            }

            foreach (var row in rows)
            {
                yield return row.ToEntry();
            }

            if (rows.Count < ExportPage)
            {
                yield break;
            }

            after = rows[^1].RowId;
        }
    }

    /// <summary>The SELECT of <paramref name="query"/>'s filters, only those given (an absent filter adds no SQL, so
    /// no parameter of unknown type reaches PostgreSQL).</summary>
    private static (string Sql, DynamicParameters Parameters) Select(ReadLogQuery query, int limit)
    {
        var sql = new StringBuilder(
            "SELECT row_id AS RowId, principal_id AS PrincipalId, principal_name AS PrincipalName, object_id AS ObjectId, " +
            "version_key AS VersionKey, path AS Path, read_at AS ReadAt FROM read_log WHERE row_id > @after");
        var parameters = new DynamicParameters(new { after = query.After ?? 0L, limit });
        Filter(sql, parameters, "principal_name", "principal", query.Principal, "=");
        Filter(sql, parameters, "object_id", "objectId", query.ObjectId, "=");
        Filter(sql, parameters, "path", "path", query.Path, "=");
        Filter(sql, parameters, "read_at", "since", query.Since is { } since ? DateAddedStamp.FromInstant(since).Microseconds : null, ">=");
        Filter(sql, parameters, "read_at", "until", query.Until is { } until ? DateAddedStamp.FromInstant(until).Microseconds : null, "<");
        sql.Append(" ORDER BY row_id LIMIT @limit");
        return (sql.ToString(), parameters);
    }

    private static void Filter(StringBuilder sql, DynamicParameters parameters, string column, string name, object? value, string comparison)
    {
        if (value is not null)
        {
            sql.Append(" AND ").Append(column).Append(' ').Append(comparison).Append(" @").Append(name);
            parameters.Add(name, value);
        }
    }
}
