using Tocsin.Core.Principals;

namespace Tocsin.Storage.Sharing;

/// <summary>A key to issue to a partner within a <see cref="PartnerChange"/>: the generated key and when it stops working
/// (null: never; a time not after the store's clock is refused).</summary>
public sealed record PartnerKeyIssue(ApiKey Key, DateTimeOffset? ExpiresAt);
