namespace Tocsin.Storage.Factors;

/// <summary>A principal's TOTP secret as stored: protected by the server (never in clear in the database).</summary>
/// <param name="PrincipalId">Whose.</param>
/// <param name="ProtectedSecret">The secret, encrypted by the server's Data Protection key ring.</param>
/// <param name="LastStep">The last time step a code was accepted for; codes of this step and earlier are refused.</param>
/// <param name="CreatedAt">When it was enrolled.</param>
/// <param name="LastUsedAt">When a code was last accepted.</param>
public sealed record TotpFactor(Guid PrincipalId, string ProtectedSecret, long LastStep, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
