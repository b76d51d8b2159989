namespace Tocsin.Server.Users;

/// <summary>One API key of a user: when made, revoked, when it expires (null: never) and when last used, to the minute
/// (null: never).</summary>
public sealed record UserKeyView(string KeyId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt);
