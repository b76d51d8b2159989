using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests;

public sealed class AuthenticationTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static readonly Uri WhoAmI = new("/api/v1/whoami", UriKind.Relative);

    [Fact]
    public async Task A_user_with_the_right_password_is_recognised_with_its_roles()
    {
        var name = Some.Alias("user");
        await app.AddUserAsync(name, Role.Approver, "correct horse");
        using var client = app.CreateClient(name, "correct horse");

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken));

        Assert.Equal("approver", JsonDocument.Parse(body).RootElement.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task An_API_key_as_user_name_with_an_empty_password_is_accepted()
    {
        var name = Some.Alias("sentinel");
        var key = await app.AddUserWithKeyAsync(name, Role.WatchOfficer);
        using var client = app.CreateClient(key, string.Empty);

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken));

        Assert.Equal(name, JsonDocument.Parse(body).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_revoked_API_key_is_refused()
    {
        var key = await app.AddUserWithKeyAsync(Some.Alias("revoked"), Role.Analyst);
        await app.RevokeKeyAsync(key);
        using var client = app.CreateClient(key, string.Empty);

        var response = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task No_credentials_get_401_with_a_Basic_challenge()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("not base64 !!")]
    [InlineData("bm9jb2xvbg==")] // "nocolon"
    public async Task Malformed_Basic_credentials_get_401(string parameter)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", parameter);

        var response = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_gets_401()
    {
        var name = Some.Alias("user");
        await app.AddUserAsync(name, Role.Analyst, "right");
        using var client = app.CreateClient(name, "wrong");

        var response = await client.GetAsync(WhoAmI, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
