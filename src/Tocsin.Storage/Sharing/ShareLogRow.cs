namespace Tocsin.Storage.Sharing;

/// <summary>A <c>share_log</c> row as read back; <c>shared_at</c> in microseconds since the Unix epoch.</summary>
internal sealed record ShareLogRow(string ObjectId, string VersionKey, long SharedAt)
{
    public ShareLogEntry ToEntry() => new(ObjectId, VersionKey, new DateAddedStamp(SharedAt).Instant);
}
