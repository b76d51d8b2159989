using System.Text.Json.Nodes;
using Dapper;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Sharing;
using Tocsin.Storage.Sharing;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="ITearlineRequestStore"/> over <c>tearline_requests</c>.</summary>
internal sealed class SqlTearlineRequests(IStoreDatabase database) : ITearlineRequestStore
{
    private const string Columns =
        "id AS Id, collection_id AS CollectionId, object_id AS ObjectId, release_tlp AS ReleaseTlp, texts AS Texts, requested_by AS RequestedBy, " +
        "requested_at AS RequestedAt, status AS Status, decided_by AS DecidedBy, decided_at AS DecidedAt, tearline_id AS TearlineId";

    public async Task<Result<TearlineRequest>> AddAsync(TearlineRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO tearline_requests (id, collection_id, object_id, release_tlp, texts, requested_by, requested_at, status, decided_by, decided_at, tearline_id)
            VALUES (@id, @collectionId, @objectId, @release, @texts, @requestedBy, @requestedAt, 'Pending', NULL, NULL, NULL)
            """,
            new
            {
                id = StoreValues.Text(request.Id),
                collectionId = StoreValues.Text(request.CollectionId),
                objectId = request.ObjectId,
                release = PartnerProfileRules.TlpName(request.Release),
                texts = TextsJson(request.Texts),
                requestedBy = StoreValues.Text(request.RequestedBy),
                requestedAt = DateAddedStamp.FromInstant(request.RequestedAt).Microseconds,
            },
            transaction,
            cancellationToken: cancellationToken));
        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.TearlineRequest, StoreValues.Text(request.Id), new JsonObject
        {
            ["collection"] = StoreValues.Text(request.CollectionId),
            ["object"] = request.ObjectId,
            ["release"] = PartnerProfileRules.TlpName(request.Release),
            ["as_they_stand"] = new JsonArray([.. request.Texts.AsTheyStand.Order(StringComparer.Ordinal).Select(p => (JsonNode?)JsonValue.Create(p))]),
        }), database.NowMicros(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request with { Status = TearlineRequestStatus.Pending };
    }

    public async Task<TearlineRequest?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM tearline_requests WHERE id = @id", new { id = StoreValues.Text(id) }, cancellationToken: cancellationToken));
        return row is null ? null : ToRequest(row);
    }

    public async Task<IReadOnlyList<TearlineRequest>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM tearline_requests WHERE status = 'Pending' ORDER BY requested_at, id", cancellationToken: cancellationToken));
        return [.. rows.Select(ToRequest)];
    }

    public async Task<Result<TearlineRequest>> MarkReleasedAsync(Guid id, Guid approver, string tearlineId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tearlineId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var now = database.NowMicros();
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE tearline_requests SET status = 'Released', decided_by = @approver, decided_at = @now, tearline_id = @tearlineId WHERE id = @id AND status = 'Pending'",
            new { id = StoreValues.Text(id), approver = StoreValues.Text(approver), now, tearlineId }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM tearline_requests WHERE id = @id", new { id = StoreValues.Text(id) }, transaction, cancellationToken: cancellationToken));
            return exists == 0
                ? new Error("tearline-request-not-found", $"There is no tearline request {id}.")
                : new Error("tearline-request-decided", $"Tearline request {id} is no longer pending.");
        }

        await database.AppendAuditAsync(connection, transaction, AuditRecord.Of(AuditActions.TearlineRelease, StoreValues.Text(id), new JsonObject
        {
            ["approver"] = StoreValues.Text(approver),
            ["tearline"] = tearlineId,
        }), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM tearline_requests WHERE id = @id", new { id = StoreValues.Text(id) }, cancellationToken: cancellationToken));
        return ToRequest(row);
    }

    private static string TextsJson(TearlineTexts texts) => new JsonObject
    {
        ["released"] = new JsonObject(texts.Released.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            KeyValuePair.Create(p.Key, (JsonNode?)new JsonArray([.. p.Value.Select(t => (JsonNode?)JsonValue.Create(t))])))),
        ["omitted"] = new JsonArray([.. texts.Omitted.Order(StringComparer.Ordinal).Select(p => (JsonNode?)JsonValue.Create(p))]),
        ["as_they_stand"] = new JsonArray([.. texts.AsTheyStand.Order(StringComparer.Ordinal).Select(p => (JsonNode?)JsonValue.Create(p))]),
    }.ToJsonString();

    private static TearlineTexts TextsOf(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        static HashSet<string> Set(JsonNode? list) => [.. (list as JsonArray ?? []).Select(i => i!.GetValue<string>())];
        return new TearlineTexts
        {
            Released = (node["released"] as JsonObject ?? []).ToDictionary(p => p.Key,
                p => (IReadOnlyList<string>)[.. p.Value!.AsArray().Select(i => i!.GetValue<string>())], StringComparer.Ordinal),
            Omitted = Set(node["omitted"]),
            AsTheyStand = Set(node["as_they_stand"]),
        };
    }

    private static TearlineRequest ToRequest(Row row) => new(
        Guid.Parse(row.Id), Guid.Parse(row.CollectionId), row.ObjectId, PartnerProfileRules.ParseTlp(row.ReleaseTlp).Value, TextsOf(row.Texts),
        Guid.Parse(row.RequestedBy), StoreValues.InstantOf(row.RequestedAt), Enum.Parse<TearlineRequestStatus>(row.Status),
        row.DecidedBy is null ? null : Guid.Parse(row.DecidedBy), row.DecidedAt is { } at ? StoreValues.InstantOf(at) : null, row.TearlineId);

    private sealed record Row(string Id, string CollectionId, string ObjectId, string ReleaseTlp, string Texts, string RequestedBy, long RequestedAt,
        string Status, string? DecidedBy, long? DecidedAt, string? TearlineId);
}
