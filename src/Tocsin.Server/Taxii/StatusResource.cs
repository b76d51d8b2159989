namespace Tocsin.Server.Taxii;

/// <summary>The status resource (TAXII 2.1 §4.3.1); the detail lists are omitted when empty.</summary>
public sealed record StatusResource(
    string Id,
    string Status,
    string RequestTimestamp,
    int TotalCount,
    int SuccessCount,
    IReadOnlyList<StatusDetailResource>? Successes,
    int FailureCount,
    IReadOnlyList<StatusDetailResource>? Failures,
    int PendingCount,
    IReadOnlyList<StatusDetailResource>? Pendings);
