namespace Tocsin.Server.Signing;

/// <summary>Where a detached signature travels next to a signed body.</summary>
public static class SignatureHeaders
{
    /// <summary>The HTTP header carrying the detached JWS of a response or webhook body.</summary>
    public const string Signature = "X-Tocsin-Signature";

    /// <summary>The suffix of the sidecar file holding the detached JWS of a file (<c>bundle.json.jws</c>).</summary>
    public const string SidecarSuffix = ".jws";

    /// <summary>The path of the public key set.</summary>
    public const string KeysPath = "/.well-known/tocsin/keys.json";
}
