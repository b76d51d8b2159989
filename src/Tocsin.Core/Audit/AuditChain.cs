using System.Text;

namespace Tocsin.Core.Audit;

/// <summary>Builds and verifies the hash chain of the audit log (docs/audit.md).</summary>
public static class AuditChain
{
    /// <summary>The entry that follows (<paramref name="previousSequence"/>, <paramref name="previousHash"/>);
    /// pass 0 and <see cref="AuditEncoding.GenesisHash"/> for the first.</summary>
    public static AuditEntry Next(long previousSequence, ReadOnlyMemory<byte> previousHash, long at, string actor, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sequence = previousSequence + 1;
        var hash = AuditEncoding.Hash(sequence, at, actor, record.Action, record.Subject, record.Details, previousHash.Span);
        return new AuditEntry(sequence, at, actor, record.Action, record.Subject, record.Details, previousHash, hash);
    }

    /// <summary>Verifies <paramref name="entries"/> (in the order given, which must be sequence order) against
    /// each other and against <paramref name="checkpoints"/>; streams, stops at the first mismatch.</summary>
    /// <param name="entries">The whole log, from entry 1.</param>
    /// <param name="checkpoints">Published checkpoints; each must match the chain at its sequence.</param>
    /// <param name="verifySignature">Checks a checkpoint's signature over its payload; null leaves signatures unchecked.</param>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, IEnumerable<AuditCheckpoint>? checkpoints = null,
        Func<byte[], string, bool>? verifySignature = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var verifier = new AuditChainVerifier(checkpoints, verifySignature);
        foreach (var e in entries)
        {
            if (!verifier.Next(e.Sequence, e.At, Encoding.UTF8.GetBytes(e.Actor), Encoding.UTF8.GetBytes(e.Action), Encoding.UTF8.GetBytes(e.Subject),
                    Encoding.UTF8.GetBytes(e.Details), e.PreviousHash.Span, e.Hash.Span))
            {
                break;
            }
        }

        return verifier.Finish();
    }
}
