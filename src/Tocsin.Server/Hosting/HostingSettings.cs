namespace Tocsin.Server.Hosting;

/// <summary>How the HTTPS endpoint treats TLS clients (section <c>Tocsin:Hosting</c>).</summary>
public sealed record HostingSettings
{
    /// <summary>Whether a TLS client may present a certificate that identifies a partner (docs/mutual-tls.md).
    /// Needs a server certificate (<see cref="ServerSettings.CertificatePath"/>).</summary>
    public ClientCertificateUse ClientCertificates { get; init; } = ClientCertificateUse.Off;
}
