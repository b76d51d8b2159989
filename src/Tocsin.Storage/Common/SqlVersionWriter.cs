using System.Data.Common;
using Dapper;

namespace Tocsin.Storage.Common;

/// <summary>Writes versions into one collection row by row, inside the caller's write transaction, with the rules
/// of DESIGN "STIX versions" (new: added; identical: duplicate; different content under the version: conflict; a
/// tombstoned version re-sent: visible again). For a partner's contribution (<c>contributor</c> set) the version is
/// keyed within that partner's own versions, so nothing anyone else stored is ever read or matched. Written once
/// for both engines: contributions and promotions are small; bulk imports keep each engine's own path.</summary>
/// <remarks>Stamps follow the import paths' rule: <c>max(now, last in collection + 1)</c> read under the write lock.</remarks>
internal sealed class SqlVersionWriter
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly long _collection;
    private readonly string? _contributor;
    private readonly long _now;
    private long _last;

    private SqlVersionWriter(DbConnection connection, DbTransaction transaction, long collection, string? contributor, long now, long last)
    {
        _connection = connection;
        _transaction = transaction;
        _collection = collection;
        _contributor = contributor;
        _now = now;
        _last = last;
    }

    /// <summary>A writer into collection row <paramref name="collection"/>: our picture when <paramref name="contributor"/>
    /// is null, else that partner's contributions.</summary>
    public static async Task<SqlVersionWriter> StartAsync(DbConnection connection, DbTransaction transaction, long collection, string? contributor,
        long now, CancellationToken cancellationToken)
    {
        var last = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(MAX(date_added), -1) FROM collection_objects WHERE collection_row = @collection",
            new { collection }, transaction, cancellationToken: cancellationToken));
        return new SqlVersionWriter(connection, transaction, collection, contributor, now, last);
    }

    /// <summary>The <c>version_key</c> column of a version: the object's own key in our picture; within a partner's
    /// contributions, scoped to the partner so that it can never match a version of anyone else.</summary>
    public static string StoredKey(string versionKey, string? contributor) => contributor is null ? versionKey : versionKey + " " + contributor;

    /// <summary>The key this writer stores <paramref name="item"/> under.</summary>
    public string KeyOf(AdmittedObject item) => StoredKey(item.Object.VersionKey, _contributor);

    public async Task<ObjectOutcome> WriteAsync(AdmittedObject item, CancellationToken cancellationToken)
    {
        var key = KeyOf(item);
        var stored = await _connection.QuerySingleOrDefaultAsync<StoredRow>(new CommandDefinition(
            "SELECT row_id AS Row, content_hash AS Hash FROM objects WHERE id = @id AND version_key = @key",
            new { id = item.Object.Id, key }, _transaction, cancellationToken: cancellationToken));
        if (stored is null)
        {
            var row = await _connection.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO objects (id, version_key, type, spec_version, version_text, version_ticks, content_hash, json, stored_at)
                VALUES (@Id, @Key, @Type, @SpecVersion, @VersionText, @VersionTicks, @ContentHash, @Json, @Now) RETURNING row_id
                """,
                new
                {
                    item.Object.Id,
                    Key = key,
                    item.Object.Type,
                    item.SpecVersion,
                    item.VersionText,
                    item.VersionTicks,
                    item.ContentHash,
                    Json = ObjectWriteResults.JsonBytes(item.Object),
                    Now = _now,
                },
                _transaction, cancellationToken: cancellationToken));
            return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Added, await AddMembershipAsync(row, cancellationToken));
        }

        if (!stored.Hash.AsSpan().SequenceEqual(item.ContentHash))
        {
            return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Conflict, null);
        }

        var membership = await _connection.QuerySingleOrDefaultAsync<MembershipRow>(new CommandDefinition(
            "SELECT date_added AS DateAdded, deleted_at AS DeletedAt FROM collection_objects WHERE collection_row = @collection AND object_row = @row",
            new { collection = _collection, row = stored.Row }, _transaction, cancellationToken: cancellationToken));
        if (membership is null)
        {
            return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Added, await AddMembershipAsync(stored.Row, cancellationToken));
        }

        if (membership.DeletedAt is null)
        {
            return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Duplicate, new DateAddedStamp(membership.DateAdded));
        }

        // Re-sending a tombstoned version makes it visible again, as a new addition pollers will see.
        var stamp = NextStamp();
        await _connection.ExecuteAsync(new CommandDefinition(
            "UPDATE collection_objects SET date_added = @stamp, deleted_at = NULL WHERE collection_row = @collection AND object_row = @row",
            new { stamp, collection = _collection, row = stored.Row }, _transaction, cancellationToken: cancellationToken));
        return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Added, new DateAddedStamp(stamp));
    }

    private async Task<DateAddedStamp> AddMembershipAsync(long row, CancellationToken cancellationToken)
    {
        var stamp = NextStamp();
        await _connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO collection_objects (collection_row, object_row, date_added, contributor) VALUES (@collection, @row, @stamp, @contributor)",
            new { collection = _collection, row, stamp, contributor = _contributor }, _transaction, cancellationToken: cancellationToken));
        return new DateAddedStamp(stamp);
    }

    private long NextStamp() => _last = Math.Max(_now, _last + 1);

    private sealed record StoredRow(long Row, byte[] Hash);

    private sealed record MembershipRow(long DateAdded, long? DeletedAt);
}
