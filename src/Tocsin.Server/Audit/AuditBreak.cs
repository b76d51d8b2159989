namespace Tocsin.Server.Audit;

/// <summary>Where the chain breaks: the entry (null when no entry names it), the kind of fault
/// (<c>hash-mismatch</c>, <c>broken-link</c>, <c>gap</c>, <c>out-of-order</c>, <c>checkpoint-mismatch</c>,
/// <c>checkpoint-signature-invalid</c>, <c>object-mismatch</c>) and one line for an operator.</summary>
public sealed record AuditBreak(long? Sequence, string Fault, string Message);
