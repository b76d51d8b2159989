namespace Tocsin.Core.Audit;

/// <summary>The first thing that does not match.</summary>
/// <param name="Sequence">The entry (or the checkpoint's sequence) at fault; null when no entry names it.</param>
/// <param name="Fault">What kind of mismatch.</param>
/// <param name="Message">One line for an operator.</param>
public sealed record AuditMismatch(long? Sequence, AuditFault Fault, string Message);
