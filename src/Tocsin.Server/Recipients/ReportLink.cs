namespace Tocsin.Server.Recipients;

/// <summary>What a report link grants: reporting on one posture for one recipient until it expires.</summary>
public sealed record ReportLink(Guid PostureId, Guid SubscriberId, DateTimeOffset ExpiresAt);
