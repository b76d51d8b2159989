namespace Tocsin.Storage.Sharing;

/// <summary>How a registered certificate identifies a partner (docs/mutual-tls.md).</summary>
public enum PartnerCertificateKind
{
    /// <summary>This very certificate, matched by the SHA-256 thumbprint of its DER encoding.</summary>
    Pinned,

    /// <summary>Any certificate this CA issued with exactly the registered subject; the CA is the registration's
    /// only trust anchor.</summary>
    Issuer,
}
