namespace Tocsin.Core.Audit;

/// <summary>Why verification stopped at an entry.</summary>
public enum AuditFault
{
    /// <summary>The entry's fields no longer hash to its stored hash: a field or the hash was edited.</summary>
    HashMismatch,

    /// <summary>The entry's previous hash is not the hash of the entry before it.</summary>
    BrokenLink,

    /// <summary>Sequence numbers skip: entries were removed.</summary>
    Gap,

    /// <summary>The sequence does not increase: entries were reordered or inserted.</summary>
    OutOfOrder,

    /// <summary>A checkpoint's hash differs from the chain at its sequence, or names an entry the chain no
    /// longer has: the chain was rebuilt or truncated after the checkpoint was published.</summary>
    CheckpointMismatch,

    /// <summary>A checkpoint's signature does not verify.</summary>
    CheckpointSignatureInvalid,

    /// <summary>A stored object version no longer matches the content hash the log recorded for it.</summary>
    ObjectMismatch,
}
