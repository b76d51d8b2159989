using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Server.Hosting;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.MutualTls;

/// <summary>A real Kestrel on 127.0.0.1 serving HTTPS that allows client certificates, as partners reach it; shared per
/// test class. Its administrator registers certificates through the API like an operator would.</summary>
public sealed class MutualTlsServer : IAsyncLifetime
{
    public const string AdminName = "mtls-admin";
    public const string AdminPassword = "mtls-admin-password";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
    private X509Certificate2? _serverCertificate;
    private WebApplication? _app;
    private Uri? _address;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private WebApplication App => _app ?? throw new InvalidOperationException("The server is not started.");

    public ITocsinStore Store => App.Services.GetRequiredService<ITocsinStore>();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var selfSigned = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(1));
        var path = Path.Combine(_directory, "server.pem");
        await File.WriteAllTextAsync(path, selfSigned.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem(), Ct);
        _serverCertificate = X509CertificateLoader.LoadCertificate(selfSigned.RawData);
        _app = await TocsinServer.BuildAsync(SecondFactorRelaxed.Args, new ServerSettings
        {
            Port = 0,
            DataDirectory = Path.Combine(_directory, "data"),
            CertificatePath = path,
            Hosting = new HostingSettings { ClientCertificates = ClientCertificateUse.Allow },
        }, Ct);
        await _app.StartAsync(Ct);
        _address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        (await Store.AddPrincipalAsync(AdminName, PrincipalKind.User, [Role.Admin], PasswordHasher.Hash(AdminPassword, iterations: 1000), Ct)).Value.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        _serverCertificate?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A client of its own TLS connection that presents <paramref name="certificate"/> (none when null) and trusts
    /// exactly this server's certificate.</summary>
    public HttpClient Client(X509Certificate2? certificate)
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == _serverCertificate!.GetCertHashString(),
                // Presented whatever the client library would have chosen: the server, not the client, must refuse.
                LocalCertificateSelectionCallback = certificate is null ? null : (_, _, _, _, _) => certificate,
                ClientCertificates = certificate is null ? null : new X509CertificateCollection { certificate },
            },
        };
        var client = new HttpClient(handler) { BaseAddress = _address };
        client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return client;
    }

    /// <summary>The administrator's client (HTTP Basic, no certificate).</summary>
    public HttpClient AdminClient()
    {
        var client = Client(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AdminName}:{AdminPassword}")));
        return client;
    }

    /// <summary>Adds a partner through the API and returns its name and API key.</summary>
    public async Task<(string Name, string ApiKey)> AddPartnerAsync()
    {
        using var admin = AdminClient();
        var name = Some.Alias("partner");
        var body = await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(new Uri("/api/v1/partners", UriKind.Relative), new { name, country = "DEU", ceiling = "green" }, Ct));
        return (name, System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("apiKey").GetString()!);
    }

    /// <summary>Registers a certificate for a partner through the API; returns the registration's id.</summary>
    public async Task<string> RegisterAsync(string partner, object body)
    {
        using var admin = AdminClient();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(new Uri($"/api/v1/partners/{partner}/certificates", UriKind.Relative), body, Ct));
        return System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("id").GetString()!;
    }
}
