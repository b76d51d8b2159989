namespace Tocsin.Core.Audit;

/// <summary>One entry of the append-only audit log: what one write transaction did.</summary>
/// <param name="Sequence">Position in the log, from 1, without gaps.</param>
/// <param name="At">When the transaction wrote, in microseconds since the Unix epoch (UTC).</param>
/// <param name="Actor">Who wrote: a principal id (UUID text), <c>cli:&lt;os user&gt;</c> or <c>system</c>.</param>
/// <param name="Action">What was done, from <see cref="AuditActions"/> (e.g. <c>object.add</c>).</param>
/// <param name="Subject">The main thing written (collection, principal, key id…); empty when none.</param>
/// <param name="Details">A small JSON object in RFC 8785 canonical form: ids, version keys and content
/// hashes, never whole objects (their bytes are bound by their content hashes).</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of the entry before (32 zero bytes for the first).</param>
/// <param name="Hash">SHA-256 of <see cref="AuditEncoding.Canonical(AuditEntry)"/>.</param>
public sealed record AuditEntry(
    long Sequence,
    long At,
    string Actor,
    string Action,
    string Subject,
    string Details,
    ReadOnlyMemory<byte> PreviousHash,
    ReadOnlyMemory<byte> Hash);
