namespace Tocsin.Storage.Reads;

/// <summary>One row of the read log.</summary>
/// <param name="Sequence">The row's position in the log (increasing; the paging cursor).</param>
/// <param name="PrincipalId">Who read.</param>
/// <param name="PrincipalName">Their name when they read.</param>
/// <param name="ObjectId">The STIX id read.</param>
/// <param name="VersionKey">The version read (the store's version key: <c>modified</c>, or <c>created</c>).</param>
/// <param name="Path">Through which path (<see cref="ReadPaths"/>).</param>
/// <param name="ReadAt">When, UTC, to the microsecond.</param>
public sealed record ReadLogEntry(long Sequence, Guid PrincipalId, string PrincipalName, string ObjectId, string VersionKey, string Path, DateTimeOffset ReadAt);
