using Tocsin.Core;
using Tocsin.Core.Signing;

namespace Tocsin.Server.Signing;

/// <summary>The server's signatures, one instance for the process: what the CAP feed, webhooks,
/// exports and audit checkpoints call to sign, and what the key endpoint publishes. Signs with the
/// current key of the key set loaded at start (created on first start); verifies against the current
/// key and the retired keys still published.</summary>
public sealed class ServerSigner
{
    private readonly KeySet _keys;
    private readonly TimeProvider _clock;

    /// <summary>A signer over <paramref name="keys"/>; <paramref name="clock"/> decides which retired keys are still published.</summary>
    public ServerSigner(KeySet keys, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(clock);
        _keys = keys;
        _clock = clock;
    }

    /// <summary>The kid of the key that signs.</summary>
    public string CurrentKid => _keys.Current.Kid;

    /// <summary>The keys published at <c>/.well-known/tocsin/keys.json</c> now.</summary>
    public VerificationKeys PublishedKeys => _keys.ForVerification(_clock.GetUtcNow());

    /// <summary>The signer over the key set in <paramref name="dataDirectory"/>, creating it on first start.</summary>
    /// <exception cref="InvalidOperationException">A key set is stored but cannot be read.</exception>
    public static ServerSigner Open(string dataDirectory, TimeProvider clock) =>
        new(new KeyDirectory(dataDirectory).LoadOrCreate(clock), clock);

    /// <summary>A raw RS256 signature over <paramref name="data"/> by <see cref="CurrentKid"/> (for
    /// formats of our own, such as audit checkpoints, which record the kid beside it).</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => RsaSignature.Sign(_keys.Current, data);

    /// <summary>Checks a raw RS256 signature made by key <paramref name="kid"/>.</summary>
    public Result<SignatureVerified> Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, string kid) =>
        RsaSignature.Verify(PublishedKeys, kid, data, signature);

    /// <summary>The CAP message with an enveloped XML-DSig appended (see <see cref="CapSignature"/>).
    /// Pass the stored bytes from <c>CapWriter.Write</c> and serve and store what comes back.</summary>
    /// <exception cref="InvalidOperationException">The bytes are not an unsigned CAP message: a bug in the caller.</exception>
    public byte[] SignCap(byte[] capXml)
    {
        var signed = CapSignature.Sign(_keys.Current, capXml);
        return signed.IsSuccess ? signed.Value : throw new InvalidOperationException($"{signed.Error.Code}: {signed.Error.Message}");
    }

    /// <summary>Checks the enveloped signature of a CAP message.</summary>
    public Result<SignatureVerified> VerifyCap(byte[] signedCapXml) => CapSignature.Verify(PublishedKeys, signedCapXml);

    /// <summary>A detached compact JWS (<c>header..signature</c>) over exactly <paramref name="payload"/>:
    /// a bundle as served, a webhook body as sent. Send it in the <c>X-Tocsin-Signature</c> header or
    /// write it to a <c>.jws</c> sidecar file.</summary>
    public string SignDetached(ReadOnlySpan<byte> payload) => DetachedJws.Sign(_keys.Current, payload);

    /// <summary>Checks a detached JWS over <paramref name="payload"/>.</summary>
    public Result<SignatureVerified> VerifyDetached(ReadOnlySpan<byte> payload, string jws) =>
        DetachedJws.Verify(PublishedKeys, payload, jws);
}
