namespace Tocsin.Core.Audit;

/// <summary>An object version named by an audit entry: the content hash binds its stored bytes.</summary>
/// <param name="Id">The STIX id.</param>
/// <param name="VersionKey">The store's version key (docs/storage.md).</param>
/// <param name="ContentHash">SHA-256 of the version's RFC 8785 canonical form.</param>
public sealed record AuditedVersion(string Id, string VersionKey, ReadOnlyMemory<byte> ContentHash);
