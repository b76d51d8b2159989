using System.Text;

namespace Tocsin.Core.Audit;

/// <summary>A signed statement that the log's entry <see cref="Sequence"/> had hash <see cref="Hash"/>.
/// Published at intervals, it stops an insider from rebuilding the chain unnoticed.</summary>
/// <param name="Sequence">The entry the checkpoint covers.</param>
/// <param name="Hash">That entry's hash.</param>
/// <param name="At">When the checkpoint was made, in microseconds since the Unix epoch (UTC).</param>
/// <param name="Signature">The server's signature over <see cref="Payload()"/>, as the signer encodes it.</param>
public sealed record AuditCheckpoint(long Sequence, ReadOnlyMemory<byte> Hash, long At, string Signature)
{
    /// <summary>The signed bytes: the RFC 8785 JSON <c>{"at":…,"hash":"hex","sequence":…}</c>.</summary>
    public byte[] Payload() => PayloadOf(Sequence, Hash.Span, At);

    /// <summary>A checkpoint of (<paramref name="sequence"/>, <paramref name="hash"/>) signed by <paramref name="sign"/>.</summary>
    public static AuditCheckpoint Sign(long sequence, ReadOnlyMemory<byte> hash, long at, Func<byte[], string> sign)
    {
        ArgumentNullException.ThrowIfNull(sign);
        return new AuditCheckpoint(sequence, hash, at, sign(PayloadOf(sequence, hash.Span, at)));
    }

    /// <summary>Whether <paramref name="verify"/> accepts the signature over the payload.</summary>
    public bool SignatureVerifies(Func<byte[], string, bool> verify)
    {
        ArgumentNullException.ThrowIfNull(verify);
        return verify(Payload(), Signature);
    }

    private static byte[] PayloadOf(long sequence, ReadOnlySpan<byte> hash, long at) => Encoding.UTF8.GetBytes(string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"{{\"at\":{at},\"hash\":\"{Convert.ToHexStringLower(hash)}\",\"sequence\":{sequence}}}"));
}
