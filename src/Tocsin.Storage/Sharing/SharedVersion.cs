namespace Tocsin.Storage.Sharing;

/// <summary>One object version served to a partner, as the share log records it.</summary>
/// <param name="ObjectId">The STIX id.</param>
/// <param name="VersionKey">The store's version key (<c>StixObject.VersionKey</c>).</param>
public sealed record SharedVersion(string ObjectId, string VersionKey);
