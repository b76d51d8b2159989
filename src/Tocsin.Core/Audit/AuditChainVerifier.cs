using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;

namespace Tocsin.Core.Audit;

/// <summary>Verifies an audit chain one entry at a time, in sequence order, without allocating per entry:
/// the streaming core of <see cref="AuditChain.Verify"/> and of the store's verification.</summary>
/// <remarks>Checks, per entry: the sequence follows the previous one (else <see cref="AuditFault.OutOfOrder"/>
/// or <see cref="AuditFault.Gap"/>; the first entry is 1); the previous hash is the previous entry's hash
/// (<see cref="AuditFault.BrokenLink"/>); the fields hash to the stored hash (<see cref="AuditFault.HashMismatch"/>);
/// and every checkpoint at that sequence carries that hash. Stops at the first mismatch.</remarks>
public sealed class AuditChainVerifier
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly byte[] _previousHash = AuditEncoding.GenesisHash.ToArray();
    private readonly byte[] _computed = new byte[AuditEncoding.HashSize];
    private readonly AuditCheckpoint[] _checkpoints;
    private readonly Func<byte[], string, bool>? _verifySignature;
    private int _nextCheckpoint;
    private long _previousSequence;
    private int _checkpointsMatched;
    private int _signaturesChecked;

    /// <param name="checkpoints">Published checkpoints to hold the chain to (any order).</param>
    /// <param name="verifySignature">Checks a checkpoint signature over its payload; null leaves signatures unchecked.</param>
    public AuditChainVerifier(IEnumerable<AuditCheckpoint>? checkpoints = null, Func<byte[], string, bool>? verifySignature = null)
    {
        _checkpoints = [.. (checkpoints ?? []).OrderBy(c => c.Sequence)];
        _verifySignature = verifySignature;
    }

    /// <summary>Entries verified so far.</summary>
    public long Count { get; private set; }

    /// <summary>The first mismatch, or null.</summary>
    public AuditMismatch? Mismatch { get; private set; }

    /// <summary>Checks the next entry, given as UTF-8 fields. Returns false (and sets <see cref="Mismatch"/>)
    /// at the first mismatch; further calls then return false without checking.</summary>
    public bool Next(long sequence, long at, ReadOnlySpan<byte> actor, ReadOnlySpan<byte> action, ReadOnlySpan<byte> subject,
        ReadOnlySpan<byte> details, ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> hash)
    {
        if (Mismatch is not null)
        {
            return false;
        }

        if (sequence <= _previousSequence)
        {
            return Fail(sequence, AuditFault.OutOfOrder, $"entry {sequence} follows entry {_previousSequence}: reordered or inserted");
        }

        if (sequence != _previousSequence + 1)
        {
            return Fail(sequence, AuditFault.Gap, $"entry {sequence} follows entry {_previousSequence}: entries are missing");
        }

        if (previousHash.Length != AuditEncoding.HashSize || !previousHash.SequenceEqual(_previousHash))
        {
            return Fail(sequence, AuditFault.BrokenLink, $"entry {sequence}: its previous hash is not the hash of entry {_previousSequence}");
        }

        _buffer.ResetWrittenCount();
        AuditEncoding.Write(sequence, at, actor, action, subject, details, previousHash, _buffer);
        SHA256.HashData(_buffer.WrittenSpan, _computed);
        if (!hash.SequenceEqual(_computed))
        {
            return Fail(sequence, AuditFault.HashMismatch, $"entry {sequence}: its content does not match its hash");
        }

        _computed.CopyTo(_previousHash, 0);
        _previousSequence = sequence;
        Count++;
        return CheckCheckpoints(sequence);
    }

    /// <summary>The outcome; checkpoints beyond the last entry seen are reported as mismatches (a truncated chain).</summary>
    public AuditVerification Finish()
    {
        if (Mismatch is null && _nextCheckpoint < _checkpoints.Length)
        {
            var beyond = _checkpoints[_nextCheckpoint];
            Fail(beyond.Sequence, AuditFault.CheckpointMismatch,
                $"checkpoint at entry {beyond.Sequence}: the chain ends at entry {_previousSequence}");
        }

        return new AuditVerification(Count, _previousSequence, _previousHash.ToArray(), _checkpointsMatched, _signaturesChecked, Mismatch);
    }

    private bool CheckCheckpoints(long sequence)
    {
        while (_nextCheckpoint < _checkpoints.Length && _checkpoints[_nextCheckpoint].Sequence <= sequence)
        {
            var checkpoint = _checkpoints[_nextCheckpoint++];
            if (checkpoint.Sequence < sequence || !checkpoint.Hash.Span.SequenceEqual(_previousHash))
            {
                return Fail(checkpoint.Sequence, AuditFault.CheckpointMismatch,
                    string.Create(CultureInfo.InvariantCulture, $"checkpoint at entry {checkpoint.Sequence}: the chain's hash there differs (rebuilt after the checkpoint)"));
            }

            if (_verifySignature is not null)
            {
                if (!checkpoint.SignatureVerifies(_verifySignature))
                {
                    return Fail(checkpoint.Sequence, AuditFault.CheckpointSignatureInvalid, $"checkpoint at entry {checkpoint.Sequence}: its signature does not verify");
                }

                _signaturesChecked++;
            }

            _checkpointsMatched++;
        }

        return true;
    }

    private bool Fail(long sequence, AuditFault fault, string message)
    {
        Mismatch = new AuditMismatch(sequence, fault, message);
        return false;
    }
}
