namespace Tocsin.Server.Audit;

/// <summary>A page of audit entries, in sequence order. <paramref name="Next"/> is the sequence to continue from, or
/// null once the end of the log was reached; a page may hold fewer than the limit while more remain, when the
/// filter skipped many entries.</summary>
public sealed record AuditEntryPage(IReadOnlyList<AuditEntryResponse> Items, long? Next);
