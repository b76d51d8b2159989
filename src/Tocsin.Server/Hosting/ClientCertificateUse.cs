namespace Tocsin.Server.Hosting;

/// <summary>Whether the HTTPS endpoint asks TLS clients for a certificate (<c>Tocsin:Hosting:ClientCertificates</c>,
/// docs/mutual-tls.md).</summary>
public enum ClientCertificateUse
{
    /// <summary>No certificate is asked for: partners use API keys only. The default.</summary>
    Off,

    /// <summary>A client may present one; a request without one still uses HTTP Basic (passwords, API keys). A
    /// presented certificate identifies a partner only through a registration (pinned, or issuing CA and subject).</summary>
    Allow,
}
