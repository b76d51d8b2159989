namespace Tocsin.Storage.Postgres;

/// <summary>Decides, in batch order, what each admitted object does (DESIGN "STIX versions"), and collects the
/// rows to write: the same rules as SQLite's row-by-row path, applied to what <see cref="PostgresStoredVersions"/>
/// read plus what earlier objects of the batch decided.</summary>
internal sealed class PostgresImportPlan(Dictionary<(string Id, string VersionKey), StoredVersion> stored, long lastDateAdded, long now)
{
    private long _lastDateAdded = lastDateAdded;

    /// <summary>Versions to copy into <c>objects</c>.</summary>
    public List<(AdmittedObject Item, long Row)> NewVersions { get; } = [];

    /// <summary>Memberships to copy into <c>collection_objects</c>: (object row, date_added).</summary>
    public List<(long Row, long DateAdded)> NewMemberships { get; } = [];

    /// <summary>Tombstoned memberships made visible again with a new stamp.</summary>
    public List<(long Row, long DateAdded)> Restores { get; } = [];

    /// <summary>How many distinct versions of the batch are not stored yet (each needs a row id).</summary>
    public int CountNewVersions(List<AdmittedObject> admitted) =>
        admitted.Select(a => (a.Object.Id, a.Object.VersionKey)).Distinct().Count(key => !stored.ContainsKey(key));

    /// <summary>The outcome of <paramref name="item"/>; <paramref name="newRows"/> supplies row ids for new versions.</summary>
    public ObjectOutcome Decide(AdmittedObject item, Queue<long> newRows)
    {
        var key = (item.Object.Id, item.Object.VersionKey);
        if (!stored.TryGetValue(key, out var version))
        {
            var row = newRows.Dequeue();
            var stamp = NextStamp();
            NewVersions.Add((item, row));
            NewMemberships.Add((row, stamp));
            stored[key] = new StoredVersion(row, item.ContentHash, stamp, Deleted: false, IsNew: true);
            return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Added, new DateAddedStamp(stamp));
        }

        if (!version.ContentHash.AsSpan().SequenceEqual(item.ContentHash))
        {
            return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Conflict, null);
        }

        if (version.DateAdded is null || version.Deleted)
        {
            var stamp = NextStamp();
            // Re-sending a tombstoned version makes it visible again, as a new addition pollers will see.
            (version.DateAdded is null ? NewMemberships : Restores).Add((version.Row, stamp));
            stored[key] = version with { DateAdded = stamp, Deleted = false };
            return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Added, new DateAddedStamp(stamp));
        }

        return ObjectWriteResults.Outcome(item, ObjectOutcomeKind.Duplicate, new DateAddedStamp(version.DateAdded.Value));
    }

    private long NextStamp() => _lastDateAdded = Math.Max(now, _lastDateAdded + 1);
}
