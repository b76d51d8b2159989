using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Access;

/// <summary>A partner key may be issued with an expiry through the API; the partner shows its keys' expiry and last use.</summary>
public sealed class PartnerKeyExpiryTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_key_issued_with_an_expiry_shows_it_and_its_last_use()
    {
        using var admin = await AdminAsync();
        var name = Some.Alias("partner");
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync(new Uri("/api/v1/partners", UriKind.Relative), new { name, country = "DEU", ceiling = "green" }, Ct));
        var expires = TimeProvider.System.GetUtcNow().AddDays(30);

        var issued = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await admin.PostAsJsonAsync(new Uri($"/api/v1/partners/{name}/keys", UriKind.Relative), new { expiresAt = expires }, Ct))).RootElement;
        using var partner = app.CreateClient(issued.GetProperty("apiKey").GetString()!, string.Empty);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await partner.GetAsync(new Uri("/api/v1/whoami", UriKind.Relative), Ct));
        var shown = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(new Uri($"/api/v1/partners/{name}", UriKind.Relative), Ct)))
            .RootElement.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("keyId").GetString() == issued.GetProperty("keyId").GetString());

        Assert.Equal(expires.ToUnixTimeMilliseconds(), shown.GetProperty("expiresAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.Equal(JsonValueKind.String, shown.GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task A_key_cannot_be_issued_already_expired()
    {
        using var admin = await AdminAsync();
        var name = Some.Alias("partner");
        await admin.PostAsJsonAsync(new Uri("/api/v1/partners", UriKind.Relative), new { name, country = "DEU", ceiling = "green" }, Ct);

        var response = await admin.PostAsJsonAsync(new Uri($"/api/v1/partners/{name}/keys", UriKind.Relative), new { expiresAt = "2001-01-01T00:00:00Z" }, Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json");
    }

    private async Task<HttpClient> AdminAsync()
    {
        var name = Some.Alias("admin");
        await app.AddUserAsync(name, Role.Admin, "administrator-password");
        return app.CreateClient(name, "administrator-password");
    }
}
