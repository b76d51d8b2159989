namespace Tocsin.Storage.Factors;

/// <summary>A WebAuthn credential registered by a principal.</summary>
/// <param name="CredentialId">The credential id, base64url without padding.</param>
/// <param name="PrincipalId">Whose.</param>
/// <param name="PublicKey">The credential's public key (COSE).</param>
/// <param name="SignCount">The authenticator's signature counter at the last verified use.</param>
/// <param name="Name">The name the person gave it.</param>
/// <param name="CreatedAt">When it was registered.</param>
/// <param name="LastUsedAt">When it was last used.</param>
public sealed record Passkey(string CredentialId, Guid PrincipalId, byte[] PublicKey, uint SignCount, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
