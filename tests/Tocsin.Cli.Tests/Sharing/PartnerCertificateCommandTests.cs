using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tocsin.Cli.Tests.Sharing;

/// <summary><c>tocsin partner cert add|list|revoke</c>: the certificates that identify a partner over mutual TLS.</summary>
public sealed class PartnerCertificateCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public void Dispose()
    {
        _key.Dispose();
        _sandbox.Dispose();
    }

    private Task<CliRun> RunAsync(params string[] args) => _sandbox.RunAsync([.. args, "--data", _sandbox.DataDirectory]);

    private string CertificateFile(string name, string? extra = null)
    {
        var request = new CertificateRequest("CN=collector, O=Partner Service, C=DE", _key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(30));
        return _sandbox.WriteFile(name, certificate.ExportCertificatePem() + "\n" + extra);
    }

    [Fact]
    public async Task A_certificate_is_added_listed_and_revoked()
    {
        await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");

        var add = await RunAsync("partner", "cert", "add", "bfv", "--certificate", CertificateFile("bfv.pem"), "--label", "collector-1");
        var id = add.Output.Split('\t')[0];
        var revoke = await RunAsync("partner", "cert", "revoke", "bfv", id);
        var list = await RunAsync("partner", "cert", "list", "bfv");

        Assert.True(add.ExitCode == 0 && revoke.ExitCode == 0, add + "\n" + revoke);
        Assert.StartsWith($"{id}\tpinned\trevoked\t", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_key_in_the_file_is_refused_and_nothing_is_registered()
    {
        await RunAsync("partner", "add", "bfv", "--country", "DEU", "--ceiling", "green");

        var add = await RunAsync("partner", "cert", "add", "bfv", "--certificate", CertificateFile("bfv.pem", _key.ExportPkcs8PrivateKeyPem()));
        var list = await RunAsync("partner", "cert", "list", "bfv");

        Assert.Equal((1, string.Empty), (add.ExitCode, list.Output));
        Assert.Contains("private key", add.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_account_is_not_a_partner()
    {
        await RunAsync("user", "add", "ana", "--role", "admin");

        var add = await RunAsync("partner", "cert", "add", "ana", "--certificate", CertificateFile("ana.pem"));

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("no partner named 'ana'", add.Error, StringComparison.Ordinal);
    }
}
