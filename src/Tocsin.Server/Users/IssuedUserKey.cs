namespace Tocsin.Server.Users;

/// <summary>A newly issued key: <paramref name="ApiKey"/> is shown this once and stored only as its SHA-256 hash.</summary>
public sealed record IssuedUserKey(string User, string KeyId, string ApiKey, DateTimeOffset? ExpiresAt);
