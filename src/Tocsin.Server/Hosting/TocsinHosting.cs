using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Tocsin.Server.Hosting;

/// <summary>Where and how the server listens: HTTPS with the configured certificate on
/// <see cref="ServerSettings.BindAddress"/>, or plain HTTP on a loopback address only (behind a reverse proxy,
/// whose forwarded headers are honoured when its address is configured).</summary>
public static class TocsinHosting
{
    /// <summary>Configures Kestrel's endpoint from <paramref name="settings"/>.</summary>
    /// <exception cref="InvalidOperationException">Plain HTTP on a non-loopback address, client certificates without a
    /// server certificate, or a bad certificate.</exception>
    public static IWebHostBuilder UseTocsinEndpoint(this IWebHostBuilder webHost, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(webHost);
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrEmpty(settings.CertificatePath))
        {
            if (settings.Hosting.ClientCertificates != ClientCertificateUse.Off)
            {
                throw new InvalidOperationException(
                    "Client certificates (Tocsin:Hosting:ClientCertificates) need TLS on this server: configure a certificate (Tocsin:CertificatePath).");
            }

            if (!IsLoopback(settings.BindAddress))
            {
                throw new InvalidOperationException(
                    $"Plain HTTP is served on loopback only, not on {settings.BindAddress}: configure a certificate (Tocsin:CertificatePath) or bind 127.0.0.1 behind a reverse proxy.");
            }

            return webHost.UseUrls($"http://{settings.BindAddress}:{settings.Port}");
        }

        var certificate = ServerCertificate.Load(settings.CertificatePath, settings.CertificateKeyPath, settings.CertificatePassword);
        var address = IPAddress.Parse(settings.BindAddress);
        return webHost.UseUrls().ConfigureKestrel(kestrel => kestrel.Listen(address, settings.Port,
            listen => listen.UseHttps(ClientCertificateHttps.Options(certificate, settings.Hosting.ClientCertificates))));
    }

    /// <summary>Honours X-Forwarded-For and X-Forwarded-Proto from <see cref="ServerSettings.KnownProxies"/> only;
    /// does nothing when none is configured.</summary>
    public static WebApplication UseTocsinForwardedHeaders(this WebApplication app, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.KnownProxies.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        app.UseForwardedHeaders(options);
        return app;
    }

    private static bool IsLoopback(string address) =>
        address.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(address, out var ip) && IPAddress.IsLoopback(ip));
}
