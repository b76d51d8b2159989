using Tocsin.Core.Audit;
using Tocsin.Server.Signing;
using Tocsin.Storage;

namespace Tocsin.Server.Audit;

/// <summary>Runs the verification <c>tocsin audit verify</c> runs — <see cref="Storage.Audit.IAuditStore.VerifyAsync"/>
/// over the whole chain, holding it to every stored checkpoint, checkpoint signatures checked against the server's
/// published keys — and adds, for each checkpoint, whether its own signature verifies and whether the chain reached it
/// intact. Used by the API and the audit page alike.</summary>
public sealed class AuditCheck(ITocsinStore store, ServerSigner signer)
{
    /// <summary>Verifies the log; with <paramref name="deep"/>, every stored object version too (slower).</summary>
    public async Task<AuditCheckReport> RunAsync(bool deep, CancellationToken cancellationToken)
    {
        var verify = SignatureCheck();
        var result = await store.Audit.VerifyAsync(deep, verify, cancellationToken);
        var checkpoints = await store.Audit.ListCheckpointsAsync(cancellationToken);
        // Verification stops at the first mismatch: a checkpoint past it was not reached, so it is not reported as matching.
        var reached = result.Mismatch is { Sequence: { } broken } ? broken - 1 : result.HeadSequence;
        return new AuditCheckReport(
            result.Intact,
            deep,
            result.Count,
            result.HeadSequence,
            Convert.ToHexStringLower(result.HeadHash.Span),
            result.CheckpointsMatched,
            result.SignaturesChecked,
            result.Mismatch is { } mismatch ? new AuditBreak(mismatch.Sequence, FaultName(mismatch.Fault), mismatch.Message) : null,
            [.. checkpoints.Select(c => new AuditCheckpointStatus(
                c.Sequence,
                Convert.ToHexStringLower(c.Hash.Span),
                new DateAddedStamp(c.At).ToTaxiiString(),
                c.SignatureVerifies(verify),
                c.Sequence <= reached))]);
    }

    private Func<byte[], string, bool> SignatureCheck() => (payload, signature) => signer.VerifyDetached(payload, signature).IsSuccess;

    /// <summary>The wire spelling of a fault, as the CLI words it.</summary>
    public static string FaultName(AuditFault fault) => fault switch
    {
        AuditFault.HashMismatch => "hash-mismatch",
        AuditFault.BrokenLink => "broken-link",
        AuditFault.Gap => "gap",
        AuditFault.OutOfOrder => "out-of-order",
        AuditFault.CheckpointMismatch => "checkpoint-mismatch",
        AuditFault.CheckpointSignatureInvalid => "checkpoint-signature-invalid",
        AuditFault.ObjectMismatch => "object-mismatch",
    };
}
