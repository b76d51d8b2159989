using Dapper;
using System.Data.Common;
using Tocsin.Core;
using Tocsin.Storage.Publications;

namespace Tocsin.Storage.Common;

/// <summary>Both engines' side of <see cref="IPublicationStore"/>. Row mapping: <see cref="PublicationRows"/>.</summary>
internal sealed class SqlPublications(IStoreDatabase database) : IPublicationStore
{
    private const string Columns = PublicationRows.Columns;

    public async Task<Result<Publication>> AddAsync(Publication publication, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var added = await InsertAsync(connection, transaction, publication, cancellationToken);
        if (added.IsSuccess)
        {
            await database.AppendAuditAsync(connection, transaction, PublicationRows.AuditOf(added.Value), database.NowMicros(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>Inserts inside the caller's write transaction, so that a decision's state change and its
    /// message are stored together or not at all. Appends no audit entry: the caller's transaction does
    /// (one entry per transaction; see <see cref="PublicationRows.AuditOf"/>).</summary>
    public static async Task<Result<Publication>> InsertAsync(DbConnection connection, DbTransaction transaction, Publication publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM publications WHERE identifier = @Identifier", new { publication.Identifier }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            return PublicationRows.IdentifierTaken(publication.Identifier);
        }

        var sequence = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO publications (identifier, decision_id, sent, status, msg_type, scope, scheme_id, level_key, territory_ids, headline, xml)
            VALUES (@Identifier, @decision, @sent, @status, @msgType, @scope, @SchemeId, @LevelKey, @territories, @Headline, @xml)
            RETURNING sequence
            """,
            PublicationRows.InsertParameters(publication),
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
            new { decision = StoreValues.Text(decisionId) }, cancellationToken);

    private async Task<IReadOnlyList<Publication>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PublicationRows.Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(PublicationRows.ToPublication)];
    }
}
