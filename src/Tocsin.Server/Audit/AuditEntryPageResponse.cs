namespace Tocsin.Server.Audit;

/// <summary>A page of the audit log: <c>next</c> continues it, null at the end of the log.</summary>
public sealed record AuditEntryPageResponse(IReadOnlyList<AuditEntryResponse> Items, string? Next);
