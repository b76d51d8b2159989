namespace Tocsin.Storage;

/// <summary>What is known of a stored API key: never its secret.</summary>
public sealed record ApiKeyInfo(string KeyId, Guid PrincipalId, string? Label, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>When the key stops working (refused like a revoked key from then on); null: never.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>When the key was last accepted, to the minute (the store records it at most once a minute);
    /// null: never used.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }
}
