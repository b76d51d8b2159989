using Microsoft.Data.Sqlite;

namespace Tocsin.Storage.Sqlite;

/// <summary>The statements of one import transaction, prepared once and rebound for each object, and
/// the collection's <c>date_added</c> clock.</summary>
internal sealed class SqliteObjectBatch : IDisposable
{
    private readonly SqliteCommand _insertVersion;
    private readonly SqliteCommand _findVersion;
    private readonly SqliteCommand _findMembership;
    private readonly SqliteCommand _addMembership;
    private readonly SqliteCommand _restoreMembership;
    private readonly long _now;
    private long _lastDateAdded;

    public SqliteObjectBatch(SqliteConnection connection, SqliteTransaction transaction, long collectionRow, long nowMicros)
    {
        _now = nowMicros;
        _insertVersion = Command(connection, transaction, """
            INSERT INTO objects (id, version_key, type, spec_version, version_text, version_ticks, content_hash, json, stored_at)
            VALUES ($id, $version_key, $type, $spec_version, $version_text, $version_ticks, $content_hash, $json, $now)
            ON CONFLICT (id, version_key) DO NOTHING
            RETURNING row_id
            """, "$id", "$version_key", "$type", "$spec_version", "$version_text", "$version_ticks", "$content_hash", "$json", "$now");
        _insertVersion.Parameters["$now"].Value = nowMicros;
        _findVersion = Command(connection, transaction,
            "SELECT row_id, content_hash FROM objects WHERE id = $id AND version_key = $version_key", "$id", "$version_key");
        _findMembership = Command(connection, transaction,
            "SELECT date_added, deleted_at FROM collection_objects WHERE collection_row = $collection AND object_row = $row", "$collection", "$row");
        _addMembership = Command(connection, transaction,
            "INSERT INTO collection_objects (collection_row, object_row, date_added) VALUES ($collection, $row, $date_added)",
            "$collection", "$row", "$date_added");
        _restoreMembership = Command(connection, transaction,
            "UPDATE collection_objects SET date_added = $date_added, deleted_at = NULL WHERE collection_row = $collection AND object_row = $row",
            "$collection", "$row", "$date_added");
        foreach (var command in new[] { _findMembership, _addMembership, _restoreMembership })
        {
            command.Parameters["$collection"].Value = collectionRow;
        }

        using var last = connection.CreateCommand();
        last.Transaction = transaction;
        last.CommandText = "SELECT COALESCE(MAX(date_added), -1) FROM collection_objects WHERE collection_row = $collection";
        last.Parameters.AddWithValue("$collection", collectionRow);
        _lastDateAdded = (long)last.ExecuteScalar()!;
    }

    /// <summary>Inserts a new version; returns its row, or null when (id, version) is already stored.</summary>
    public async Task<long?> InsertVersionAsync(AdmittedObject item, byte[] json, CancellationToken cancellationToken)
    {
        var p = _insertVersion.Parameters;
        p["$id"].Value = item.Object.Id;
        p["$version_key"].Value = item.Object.VersionKey;
        p["$type"].Value = item.Object.Type;
        p["$spec_version"].Value = item.SpecVersion;
        p["$version_text"].Value = (object?)item.VersionText ?? DBNull.Value;
        p["$version_ticks"].Value = (object?)item.VersionTicks ?? DBNull.Value;
        p["$content_hash"].Value = item.ContentHash;
        p["$json"].Value = json;
        var row = await _insertVersion.ExecuteScalarAsync(cancellationToken);
        return row is long id ? id : null;
    }

    /// <summary>The row and content hash of a stored version that must exist.</summary>
    public async Task<(long Row, byte[] Hash)> FindVersionAsync(string id, string versionKey, CancellationToken cancellationToken)
    {
        _findVersion.Parameters["$id"].Value = id;
        _findVersion.Parameters["$version_key"].Value = versionKey;
        await using var reader = await _findVersion.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Version {id} {versionKey} vanished inside the write transaction.");
        }

        return (reader.GetInt64(0), (byte[])reader.GetValue(1));
    }

    /// <summary>The version's <c>date_added</c> in the collection and whether it is tombstoned; null when absent.</summary>
    public async Task<(DateAddedStamp? DateAdded, bool Deleted)> FindMembershipAsync(long row, CancellationToken cancellationToken)
    {
        _findMembership.Parameters["$row"].Value = row;
        await using var reader = await _findMembership.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (new DateAddedStamp(reader.GetInt64(0)), !reader.IsDBNull(1))
            : (null, false);
    }

    public Task<DateAddedStamp> AddToCollectionAsync(long row, CancellationToken cancellationToken) =>
        StampAsync(_addMembership, row, cancellationToken);

    public Task<DateAddedStamp> RestoreAsync(long row, CancellationToken cancellationToken) =>
        StampAsync(_restoreMembership, row, cancellationToken);

    public void Dispose()
    {
        _insertVersion.Dispose();
        _findVersion.Dispose();
        _findMembership.Dispose();
        _addMembership.Dispose();
        _restoreMembership.Dispose();
    }

    private async Task<DateAddedStamp> StampAsync(SqliteCommand command, long row, CancellationToken cancellationToken)
    {
        var stamp = Math.Max(_now, _lastDateAdded + 1);
        command.Parameters["$row"].Value = row;
        command.Parameters["$date_added"].Value = stamp;
        await command.ExecuteNonQueryAsync(cancellationToken);
        _lastDateAdded = stamp;
        return new DateAddedStamp(stamp);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
