namespace Tocsin.Storage;

/// <summary>What is known of a stored API key: never its secret.</summary>
public sealed record ApiKeyInfo(string KeyId, Guid PrincipalId, string? Label, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
