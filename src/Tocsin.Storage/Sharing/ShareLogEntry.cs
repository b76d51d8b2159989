namespace Tocsin.Storage.Sharing;

/// <summary>One row of the share log: which version a partner received, and when (UTC, microseconds).</summary>
public sealed record ShareLogEntry(string ObjectId, string VersionKey, DateTimeOffset SharedAt);
