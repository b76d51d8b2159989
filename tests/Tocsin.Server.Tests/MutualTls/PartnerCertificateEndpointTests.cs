using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.MutualTls;

/// <summary>The administration of partner certificates: register, list, revoke; every bad upload is a problem that
/// changes nothing; only administrators.</summary>
public sealed class PartnerCertificateEndpointTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Password = "certificate-admin-password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri Certificates(string partner) => new($"/api/v1/partners/{partner}/certificates", UriKind.Relative);

    private async Task<HttpClient> ClientAsync(Role role)
    {
        var name = Some.Alias(role.ToString().ToLowerInvariant());
        await app.AddUserAsync(name, role, Password);
        return app.CreateClient(name, Password);
    }

    private async Task<string> PartnerAsync(HttpClient admin)
    {
        var name = Some.Alias("partner");
        await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(new Uri("/api/v1/partners", UriKind.Relative), new { name, country = "DEU", ceiling = "green" }, Ct));
        return name;
    }

    [Fact]
    public async Task A_registration_is_listed_with_its_thumbprint_then_shown_revoked()
    {
        using var admin = await ClientAsync(Role.Admin);
        var partner = await PartnerAsync(admin);
        using var certificate = TestAuthority.SelfSigned("CN=collector, O=Partner Service, C=DE");
        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(Certificates(partner), new { certificate = certificate.ExportCertificatePem(), label = "collector-1" }, Ct))).RootElement;
        var id = created.GetProperty("id").GetString();

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await admin.DeleteAsync(new Uri($"{Certificates(partner)}/{id}", UriKind.Relative), Ct));
        var listed = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Certificates(partner), Ct))).RootElement.EnumerateArray().Single();

        Assert.Equal(
            (Convert.ToHexStringLower(SHA256.HashData(certificate.RawData)), "pinned", "CN=collector, O=Partner Service, C=DE", "collector-1", true),
            (listed.GetProperty("thumbprint").GetString(), listed.GetProperty("kind").GetString(), listed.GetProperty("subject").GetString(),
                listed.GetProperty("label").GetString(), listed.GetProperty("revokedAt").ValueKind == JsonValueKind.String));
    }

    [Fact]
    public async Task A_CA_registration_keeps_the_subject_and_names_the_CA_as_issuer()
    {
        using var admin = await ClientAsync(Role.Admin);
        var partner = await PartnerAsync(admin);
        using var authority = new TestAuthority("CN=Partner Issuing CA, O=Partner Service, C=DE");

        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(Certificates(partner), new { ca = authority.Pem, subject = "CN=collector,O=Partner Service,C=DE" }, Ct))).RootElement;

        Assert.Equal(("issuer", "CN=collector, O=Partner Service, C=DE", "CN=Partner Issuing CA, O=Partner Service, C=DE"),
            (created.GetProperty("kind").GetString(), created.GetProperty("subject").GetString(), created.GetProperty("issuer").GetString()));
    }

    public static TheoryData<string, string> BadUploads()
    {
        using var certificate = TestAuthority.SelfSigned("CN=collector, O=Partner Service, C=DE");
        using var authority = new TestAuthority("CN=Partner Issuing CA, O=Partner Service, C=DE");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = certificate.ExportCertificatePem();
        var now = TimeProvider.System.GetUtcNow();
        using var expired = TestAuthority.SelfSigned("CN=old, O=Partner Service, C=DE", now.AddDays(-60), now.AddDays(-1));
        return new TheoryData<string, string>
        {
            { JsonSerializer.Serialize(new { certificate = "not a certificate" }), "certificate-pem-invalid" },
            { JsonSerializer.Serialize(new { certificate = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" }), "certificate-pem-invalid" },
            { JsonSerializer.Serialize(new { certificate = pem + pem }), "certificate-pem-invalid" },
            { JsonSerializer.Serialize(new { certificate = pem + key.ExportPkcs8PrivateKeyPem() }), "certificate-private-key" },
            { JsonSerializer.Serialize(new { certificate = key.ExportECPrivateKeyPem() }), "certificate-private-key" },
            { JsonSerializer.Serialize(new { certificate = pem, ca = authority.Pem, subject = "CN=x" }), "certificate-form-invalid" },
            { JsonSerializer.Serialize(new { ca = authority.Pem }), "certificate-form-invalid" },
            { JsonSerializer.Serialize(new { }), "certificate-form-invalid" },
            { JsonSerializer.Serialize(new { ca = pem, subject = "CN=collector" }), "certificate-not-a-ca" },
            { JsonSerializer.Serialize(new { ca = authority.Pem, subject = "not a = name = at all" }), "certificate-subject-invalid" },
            { JsonSerializer.Serialize(new { certificate = expired.ExportCertificatePem() }), "certificate-expired" },
        };
    }

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task A_bad_upload_is_a_422_problem_and_changes_nothing(string body, string code)
    {
        using var admin = await ClientAsync(Role.Admin);
        var partner = await PartnerAsync(admin);
        var before = await app.AuditSequenceAsync();

        using var response = await admin.PostAsync(Certificates(partner), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json")).RootElement;
        Assert.Equal((code, before), (problem.GetProperty("code").GetString(), await app.AuditSequenceAsync()));
    }

    [Fact]
    public async Task A_duplicate_registration_is_a_409_and_changes_nothing()
    {
        using var admin = await ClientAsync(Role.Admin);
        var partner = await PartnerAsync(admin);
        var other = await PartnerAsync(admin);
        using var certificate = TestAuthority.SelfSigned("CN=collector, O=Partner Service, C=DE");
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync(Certificates(partner), new { certificate = certificate.ExportCertificatePem() }, Ct));
        var before = await app.AuditSequenceAsync();

        using var again = await admin.PostAsJsonAsync(Certificates(other), new { certificate = certificate.ExportCertificatePem() }, Ct);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Conflict, again, "application/problem+json")).RootElement;
        Assert.Equal(("partner-certificate-taken", before), (problem.GetProperty("code").GetString(), await app.AuditSequenceAsync()));
    }

    [Fact]
    public async Task A_staff_name_or_an_unknown_registration_is_not_found()
    {
        using var admin = await ClientAsync(Role.Admin);
        var staff = Some.Alias("analyst");
        await app.AddUserAsync(staff, Role.Analyst, Password);
        var partner = await PartnerAsync(admin);
        using var certificate = TestAuthority.SelfSigned("CN=collector, O=Partner Service, C=DE");
        var before = await app.AuditSequenceAsync();

        using var forStaff = await admin.PostAsJsonAsync(Certificates(staff), new { certificate = certificate.ExportCertificatePem() }, Ct);
        using var unknown = await admin.DeleteAsync(new Uri($"{Certificates(partner)}/{Guid.NewGuid()}", UriKind.Relative), Ct);
        using var notAnId = await admin.DeleteAsync(new Uri($"{Certificates(partner)}/not-an-id", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, before),
            (forStaff.StatusCode, unknown.StatusCode, notAnId.StatusCode, await app.AuditSequenceAsync()));
    }

    [Theory]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Approver)]
    [InlineData(Role.WatchOfficer)]
    public async Task Only_administrators_manage_certificates(Role role)
    {
        using var admin = await ClientAsync(Role.Admin);
        var partner = await PartnerAsync(admin);
        using var client = await ClientAsync(role);
        using var certificate = TestAuthority.SelfSigned("CN=collector, O=Partner Service, C=DE");

        using var add = await client.PostAsJsonAsync(Certificates(partner), new { certificate = certificate.ExportCertificatePem() }, Ct);
        using var list = await client.GetAsync(Certificates(partner), Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (add.StatusCode, list.StatusCode));
    }
}
