namespace Tocsin.Storage.Reads;

/// <summary>A <c>read_log</c> row as read back; <c>read_at</c> in microseconds since the Unix epoch.</summary>
internal sealed record ReadLogRow(long RowId, string PrincipalId, string PrincipalName, string ObjectId, string VersionKey, string Path, long ReadAt)
{
    public ReadLogEntry ToEntry() =>
        new(RowId, Guid.Parse(PrincipalId), PrincipalName, ObjectId, VersionKey, Path, new DateAddedStamp(ReadAt).Instant);
}
