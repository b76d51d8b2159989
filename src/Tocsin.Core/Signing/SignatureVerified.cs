namespace Tocsin.Core.Signing;

/// <summary>A signature that checked out: the content is unchanged since key <paramref name="Kid"/> signed it.</summary>
/// <param name="Kid">The key id (RFC 7638 thumbprint) that made the signature.</param>
public sealed record SignatureVerified(string Kid);
