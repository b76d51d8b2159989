using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Tocsin.Server.Hosting;

/// <summary>Kestrel's HTTPS options for <see cref="ClientCertificateUse"/>.</summary>
public static class ClientCertificateHttps
{
    /// <summary>HTTPS with <paramref name="certificate"/>; with <see cref="ClientCertificateUse.Allow"/>, a client may present
    /// a certificate during the handshake.</summary>
    /// <remarks>The handshake accepts any client certificate: TLS only proves that the client holds its key. Whether it
    /// identifies anyone is decided per request against the registrations (<c>Auth/PartnerCertificateCheck</c>), each with
    /// its own trust anchor and never the system's roots; refusing in the handshake would also cut off a client that
    /// presents a stale certificate but sends a valid API key.</remarks>
    public static HttpsConnectionAdapterOptions Options(X509Certificate2 certificate, ClientCertificateUse use)
    {
        var options = new HttpsConnectionAdapterOptions { ServerCertificate = certificate };
        switch (use)
        {
            case ClientCertificateUse.Off:
                options.ClientCertificateMode = ClientCertificateMode.NoCertificate;
                break;
            case ClientCertificateUse.Allow:
                options.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                options.AllowAnyClientCertificate();
                // Nor does the handshake fetch revocation lists: revocation is the registration's (docs/mutual-tls.md).
                options.CheckCertificateRevocation = false;
                break;
        }

        return options;
    }
}
