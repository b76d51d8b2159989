using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Storage;

namespace Tocsin.Server.Tests.Taxii;

/// <summary>A real Kestrel with a self-signed certificate: TAXII over HTTPS, as partners reach it.</summary>
public sealed class TaxiiTlsTests
{
    [Theory]
    [InlineData("pem")]
    [InlineData("pfx")]
    public async Task The_server_serves_TAXII_over_TLS_with_a_PEM_or_PFX_certificate_and_HSTS(string format)
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var (certificatePath, thumbprint) = WriteSelfSigned(directory, format);
            await using var app = await TocsinServer.BuildAsync([], new ServerSettings
            {
                Port = 0,
                DataDirectory = Path.Combine(directory, "data"),
                CertificatePath = certificatePath,
                CertificatePassword = format == "pfx" ? "pfx-password" : null,
            }, TestContext.Current.CancellationToken);
            await app.StartAsync(TestContext.Current.CancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            await AddUserAsync(app.Services.GetRequiredService<ITocsinStore>());
            string? presented = null;
            using var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                {
                    presented = certificate?.Thumbprint;
                    return true;
                },
            };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(address) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("tls-user:secret")));
            client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");

            var response = await client.GetAsync(new Uri("/taxii2/", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Equal((HttpStatusCode.OK, "https", thumbprint, Hosting.SecurityHeaders.StrictTransportSecurity),
                (response.StatusCode, new Uri(address).Scheme, presented, response.Headers.TryGetValues("Strict-Transport-Security", out var hsts) ? hsts.Single() : null));
            await app.StopAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Plain_HTTP_on_a_non_loopback_address_is_refused_at_start()
    {
        var settings = new ServerSettings { Port = 0, BindAddress = "0.0.0.0", DataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N")) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => TocsinServer.BuildAsync([], settings, TestContext.Current.CancellationToken));
    }

    private static async Task AddUserAsync(ITocsinStore store) =>
        (await store.AddPrincipalAsync("tls-user", Core.Principals.PrincipalKind.User, [Core.Principals.Role.Analyst],
            Core.Principals.PasswordHasher.Hash("secret", iterations: 1000), TestContext.Current.CancellationToken)).Value.ToString();

    private static (string Path, string Thumbprint) WriteSelfSigned(string directory, string format)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(1));
        if (format == "pfx")
        {
            var pfx = Path.Combine(directory, "server.pfx");
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
            return (pfx, certificate.Thumbprint);
        }

        var pem = Path.Combine(directory, "server.pem");
        File.WriteAllText(pem, certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem());
        return (pem, certificate.Thumbprint);
    }
}
