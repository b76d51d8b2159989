namespace Tocsin.Core.Signing;

/// <summary>Why a signature was refused. Every verifier returns one of these codes, with a sentence
/// saying what exactly was wrong.</summary>
public static class SignatureErrors
{
    /// <summary>Code: the message carries no signature at all.</summary>
    public const string NoSignatureCode = "no-signature";

    /// <summary>Code: the signature names a key that is not in the key set.</summary>
    public const string UnknownKeyCode = "unknown-key";

    /// <summary>Code: the signature is well formed but does not match the content under the named key.</summary>
    public const string BadSignatureCode = "bad-signature";

    /// <summary>Code: the signature cannot be parsed or breaks the profile (placement, references, transforms).</summary>
    public const string MalformedSignatureCode = "malformed-signature";

    /// <summary>Code: an algorithm other than RS256 / rsa-sha256 / sha256 / exclusive c14n.</summary>
    public const string WrongAlgorithmCode = "wrong-algorithm";

    /// <summary>Code: the key set document (JWKS) cannot be used.</summary>
    public const string InvalidKeySetCode = "invalid-key-set";

    /// <summary>Code: the content to sign or verify is not what the format expects (e.g. not a CAP message).</summary>
    public const string UnsignableCode = "unsignable-content";

    internal static Error NoSignature(string what) => new(NoSignatureCode, what);

    internal static Error UnknownKey(string kid) =>
        new(UnknownKeyCode, $"The signature names key '{kid}', which is not in the published key set.");

    internal static Error BadSignature(string kid) =>
        new(BadSignatureCode, $"The signature does not match the content under key '{kid}': the content or the signature was altered.");

    internal static Error Malformed(string why) => new(MalformedSignatureCode, why);

    internal static Error WrongAlgorithm(string what, string? found) =>
        new(WrongAlgorithmCode, $"{what} is '{found ?? "(none)"}'; only the RS256 / rsa-sha256 profile is accepted.");

    internal static Error InvalidKeySet(string why) => new(InvalidKeySetCode, why);

    internal static Error Unsignable(string why) => new(UnsignableCode, why);
}
