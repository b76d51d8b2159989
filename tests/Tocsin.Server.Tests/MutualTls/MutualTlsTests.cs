using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.MutualTls;

/// <summary>Partners over mutual TLS on a real Kestrel: a registered certificate (pinned, or issuing CA and subject)
/// identifies the partner; anything else is the TAXII 401, never an identity; API keys keep working; staff never.</summary>
public sealed class MutualTlsTests(MutualTlsServer server) : IClassFixture<MutualTlsServer>
{
    private static readonly Uri Discovery = new("/taxii2/", UriKind.Relative);
    private static readonly Uri WhoAmI = new("/api/v1/whoami", UriKind.Relative);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Subject(string name) => $"CN={name}.collector, O=Partner Service, C=DE";

    private async Task<string?> IdentifiedAsAsync(X509Certificate2 certificate)
    {
        using var client = server.Client(certificate);
        using var response = await client.GetAsync(WhoAmI, Ct);
        return response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("name").GetString()
            : null;
    }

    private async Task AssertTaxiiUnauthorizedAsync(X509Certificate2 certificate)
    {
        using var client = server.Client(certificate);

        using var response = await client.GetAsync(Discovery, Ct);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, response, "application/taxii+json");
        Assert.Equal("401", JsonDocument.Parse(body).RootElement.GetProperty("http_status").GetString());
    }

    [Fact]
    public async Task A_pinned_certificate_identifies_its_partner_on_TAXII()
    {
        var (partner, _) = await server.AddPartnerAsync();
        using var certificate = TestAuthority.SelfSigned(Subject(partner));
        await server.RegisterAsync(partner, new { certificate = certificate.ExportCertificatePem() });
        using var client = server.Client(certificate);

        using var discovery = await client.GetAsync(Discovery, Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, discovery);
        Assert.Equal(partner, await IdentifiedAsAsync(certificate));
    }

    [Fact]
    public async Task A_CA_and_subject_identify_the_partner_by_any_certificate_the_CA_issues_with_that_subject()
    {
        var (partner, _) = await server.AddPartnerAsync();
        using var authority = new TestAuthority($"CN=Issuing CA of {partner}, O=Partner Service, C=DE");
        await server.RegisterAsync(partner, new { ca = authority.Pem, subject = Subject(partner) });
        using var first = authority.Issue(Subject(partner));
        using var renewed = authority.Issue(Subject(partner));

        Assert.Equal((partner, partner), (await IdentifiedAsAsync(first), await IdentifiedAsAsync(renewed)));
    }

    [Fact]
    public async Task A_certificate_of_the_registered_CA_with_another_subject_is_refused()
    {
        var (partner, _) = await server.AddPartnerAsync();
        using var authority = new TestAuthority($"CN=Issuing CA of {partner}, O=Partner Service, C=DE");
        await server.RegisterAsync(partner, new { ca = authority.Pem, subject = Subject(partner) });
        using var other = authority.Issue($"CN=someone-else, O=Partner Service, C=DE");

        await AssertTaxiiUnauthorizedAsync(other);
    }

    [Fact]
    public async Task The_registered_subject_from_another_CA_is_refused()
    {
        var (partner, _) = await server.AddPartnerAsync();
        using var authority = new TestAuthority($"CN=Issuing CA of {partner}, O=Partner Service, C=DE");
        // Same name as the registered CA, different key: only the uploaded certificate is trusted, not its name.
        using var lookalike = new TestAuthority($"CN=Issuing CA of {partner}, O=Partner Service, C=DE");
        await server.RegisterAsync(partner, new { ca = authority.Pem, subject = Subject(partner) });
        using var forged = lookalike.Issue(Subject(partner));

        await AssertTaxiiUnauthorizedAsync(forged);
    }

    [Fact]
    public async Task A_self_signed_impostor_with_the_registered_subject_is_refused()
    {
        var (partner, _) = await server.AddPartnerAsync();
        using var authority = new TestAuthority($"CN=Issuing CA of {partner}, O=Partner Service, C=DE");
        using var pinned = TestAuthority.SelfSigned(Subject(partner) + ", OU=pinned");
        await server.RegisterAsync(partner, new { ca = authority.Pem, subject = Subject(partner) });
        await server.RegisterAsync(partner, new { certificate = pinned.ExportCertificatePem() });
        using var impostor = TestAuthority.SelfSigned(Subject(partner));
        using var pinnedImpostor = TestAuthority.SelfSigned(Subject(partner) + ", OU=pinned");

        await AssertTaxiiUnauthorizedAsync(impostor);
        await AssertTaxiiUnauthorizedAsync(pinnedImpostor);
    }

    [Fact]
    public async Task An_expired_certificate_of_the_registered_CA_is_refused()
    {
        var (partner, _) = await server.AddPartnerAsync();
        using var authority = new TestAuthority($"CN=Issuing CA of {partner}, O=Partner Service, C=DE");
        await server.RegisterAsync(partner, new { ca = authority.Pem, subject = Subject(partner) });
        var now = TimeProvider.System.GetUtcNow();
        using var expired = authority.Issue(Subject(partner), now.AddDays(-30), now.AddDays(-1));

        await AssertTaxiiUnauthorizedAsync(expired);
    }

    [Fact]
    public async Task A_pinned_certificate_not_yet_valid_is_refused()
    {
        var (partner, _) = await server.AddPartnerAsync();
        var now = TimeProvider.System.GetUtcNow();
        using var early = TestAuthority.SelfSigned(Subject(partner), now.AddDays(1), now.AddDays(30));
        await server.RegisterAsync(partner, new { certificate = early.ExportCertificatePem() });

        await AssertTaxiiUnauthorizedAsync(early);
    }

    [Fact]
    public async Task An_unregistered_certificate_is_refused()
    {
        using var unknown = TestAuthority.SelfSigned("CN=unknown, O=Nobody, C=DE");

        await AssertTaxiiUnauthorizedAsync(unknown);
    }

    [Fact]
    public async Task A_revoked_registration_is_refused_from_the_next_request_on_the_same_connection()
    {
        var (partner, _) = await server.AddPartnerAsync();
        using var certificate = TestAuthority.SelfSigned(Subject(partner));
        var id = await server.RegisterAsync(partner, new { certificate = certificate.ExportCertificatePem() });
        using var client = server.Client(certificate);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(Discovery, Ct));
        using var admin = server.AdminClient();

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await admin.DeleteAsync(new Uri($"/api/v1/partners/{partner}/certificates/{id}", UriKind.Relative), Ct));
        using var after = await client.GetAsync(Discovery, Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, after, "application/taxii+json");
    }

    [Fact]
    public async Task Without_a_certificate_the_partners_API_key_still_works()
    {
        var (partner, key) = await server.AddPartnerAsync();
        using var client = server.Client(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":")));

        using var response = await client.GetAsync(WhoAmI, Ct);

        Assert.Equal(partner, JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, response)).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_certificate_never_authenticates_anyone_on_a_staff_endpoint()
    {
        var (partner, _) = await server.AddPartnerAsync();
        using var certificate = TestAuthority.SelfSigned(Subject(partner));
        await server.RegisterAsync(partner, new { certificate = certificate.ExportCertificatePem() });
        using var client = server.Client(certificate);

        using var partners = await client.GetAsync(new Uri("/api/v1/partners", UriKind.Relative), Ct);
        using var head = await client.GetAsync(new Uri("/api/v1/audit/head", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (partners.StatusCode, head.StatusCode));
    }

    [Fact]
    public async Task A_staff_account_cannot_be_given_a_certificate()
    {
        using var admin = server.AdminClient();
        using var certificate = TestAuthority.SelfSigned("CN=staff-member, O=Us, C=FR");
        var before = (await server.Store.Audit.HeadAsync(Ct))?.Sequence;

        using var response = await admin.PostAsync(new Uri($"/api/v1/partners/{MutualTlsServer.AdminName}/certificates", UriKind.Relative),
            JsonContent(new { certificate = certificate.ExportCertificatePem() }), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response, "application/problem+json");
        Assert.Equal(before, (await server.Store.Audit.HeadAsync(Ct))?.Sequence);
        Assert.Null(await IdentifiedAsAsync(certificate));
    }

    [Fact]
    public async Task One_certificate_registered_as_pinned_and_through_another_partners_CA_identifies_nobody()
    {
        var (first, _) = await server.AddPartnerAsync();
        var (second, _) = await server.AddPartnerAsync();
        using var authority = new TestAuthority($"CN=Shared CA {first}, O=Partner Service, C=DE");
        using var certificate = authority.Issue(Subject(first));
        await server.RegisterAsync(first, new { certificate = certificate.ExportCertificatePem() });
        await server.RegisterAsync(second, new { ca = authority.Pem, subject = Subject(first) });

        await AssertTaxiiUnauthorizedAsync(certificate);
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
