using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Tocsin.Core;
using Tocsin.Core.Audit;
using Tocsin.Core.Cap;
using Tocsin.Storage.Publications;

namespace Tocsin.Storage.Sqlite;

/// <summary>The SQLite side of <see cref="IPublicationStore"/>.</summary>
internal sealed class SqlitePublications(SqliteDatabase database) : IPublicationStore
{
    private const string Columns =
        "sequence AS Sequence, identifier AS Identifier, decision_id AS DecisionId, sent AS Sent, status AS Status, msg_type AS MsgType, " +
        "scope AS Scope, scheme_id AS SchemeId, level_key AS LevelKey, territory_ids AS TerritoryIds, headline AS Headline, xml AS Xml";

    public async Task<Result<Publication>> AddAsync(Publication publication, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = SqliteDatabase.BeginWrite(connection);
        var added = await InsertAsync(connection, transaction, publication, cancellationToken);
        if (added.IsSuccess)
        {
            await SqliteAudit.AppendAsync(connection, transaction, AuditOf(added.Value), database.NowMicros(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>The audit record of a stored message: its sequence and the SHA-256 of its XML bytes. A caller
    /// that inserts a message inside its own transaction puts these members in its own (single) entry.</summary>
    public static AuditRecord AuditOf(Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return AuditRecord.Of(AuditActions.PublicationAdd, publication.Identifier, new JsonObject
        {
            ["sequence"] = publication.Sequence,
            ["decision"] = publication.DecisionId is { } id ? SqliteDatabase.Text(id) : null,
            ["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(publication.Xml.Span)),
        });
    }

    /// <summary>Inserts inside the caller's write transaction, so that a decision's state change and its
    /// message are stored together or not at all. Appends no audit entry: the caller's transaction does
    /// (one entry per transaction; see <see cref="AuditOf"/>).</summary>
    public static async Task<Result<Publication>> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, Publication publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM publications WHERE identifier = @Identifier", new { publication.Identifier }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            return new Error("publication-identifier-taken", $"A message with identifier '{publication.Identifier}' is already published.");
        }

        var sequence = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO publications (identifier, decision_id, sent, status, msg_type, scope, scheme_id, level_key, territory_ids, headline, xml)
            VALUES (@Identifier, @decision, @sent, @status, @msgType, @scope, @SchemeId, @LevelKey, @territories, @Headline, @xml)
            RETURNING sequence
            """,
            new
            {
                publication.Identifier,
                decision = publication.DecisionId is { } id ? SqliteDatabase.Text(id) : null,
                sent = DateAddedStamp.FromInstant(publication.Sent).Microseconds,
                status = CapVocabulary.ToWire(publication.Status),
                msgType = CapVocabulary.ToWire(publication.MsgType),
                scope = CapVocabulary.ToWire(publication.Scope),
                publication.SchemeId,
                publication.LevelKey,
                territories = string.Join(' ', publication.TerritoryIds),
                publication.Headline,
                xml = publication.Xml.ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
        return publication with { Sequence = sequence };
    }

    public async Task<Publication?> FindAsync(string identifier, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync($"SELECT {Columns} FROM publications WHERE identifier = @identifier", new { identifier }, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<Publication>> ListAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM publications WHERE sequence > @afterSequence ORDER BY sequence LIMIT @limit",
            new { afterSequence, limit = Math.Clamp(limit, 1, 10_000) }, cancellationToken);

    public Task<IReadOnlyList<Publication>> LatestPublicAsync(int limit, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM publications WHERE status = 'Actual' AND scope = 'Public' ORDER BY sequence DESC LIMIT @limit",
            new { limit = Math.Clamp(limit, 1, 10_000) }, cancellationToken);

    public Task<IReadOnlyList<Publication>> ForDecisionAsync(Guid decisionId, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM publications WHERE decision_id = @decision ORDER BY sequence",
            new { decision = SqliteDatabase.Text(decisionId) }, cancellationToken);

    private async Task<IReadOnlyList<Publication>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(ToPublication)];
    }

    private static Publication ToPublication(Row row) => new(
        row.Sequence,
        row.Identifier,
        row.DecisionId is null ? null : Guid.Parse(row.DecisionId),
        SqliteDatabase.InstantOf(row.Sent),
        CapVocabulary.ParseStatus(row.Status) ?? throw new InvalidOperationException($"Stored status '{row.Status}' is not CAP."),
        CapVocabulary.ParseMsgType(row.MsgType) ?? throw new InvalidOperationException($"Stored msgType '{row.MsgType}' is not CAP."),
        CapVocabulary.ParseScope(row.Scope) ?? throw new InvalidOperationException($"Stored scope '{row.Scope}' is not CAP."),
        row.SchemeId,
        row.LevelKey,
        row.TerritoryIds.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        row.Headline,
        row.Xml);

    private sealed record Row(long Sequence, string Identifier, string? DecisionId, long Sent, string Status, string MsgType, string Scope,
        string SchemeId, string LevelKey, string TerritoryIds, string Headline, byte[] Xml);
}
