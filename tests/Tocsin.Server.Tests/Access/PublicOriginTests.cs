using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Tocsin.Core.Principals;
using Tocsin.Storage;

namespace Tocsin.Server.Tests.Access;

/// <summary>Our origin is the configured public base URL, or else the address actually bound, real port included.</summary>
public sealed class PublicOriginTests
{
    [Fact]
    public async Task Behind_a_proxy_only_the_configured_public_origin_may_change_state()
    {
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>("Tocsin:PublicBaseUrl", "https://tocsin.example.org"));
        await app.AddUserAsync("ana", Role.Analyst, "analyst-password");
        using var analyst = app.CreateClient("ana", "analyst-password");

        var ours = await analyst.SendAsync(Draft("https://tocsin.example.org"), TestContext.Current.CancellationToken);
        var local = await analyst.SendAsync(Draft("http://localhost"), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Forbidden), (ours.StatusCode, local.StatusCode));
    }

    [Fact]
    public async Task The_TAXII_discovery_takes_its_base_from_the_public_base_url()
    {
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>("Tocsin:PublicBaseUrl", "https://tocsin.example.org"));
        await app.AddUserAsync("ana", Role.Analyst, "analyst-password");
        using var client = app.CreateTaxiiClient("ana", "analyst-password");

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("/taxii2/", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("\"https://tocsin.example.org/taxii2/", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unconfigured_the_origin_is_the_bound_address_with_its_real_port()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = await TocsinServer.BuildAsync([], new ServerSettings { Port = 0, DataDirectory = directory }, TestContext.Current.CancellationToken);
            await app.StartAsync(TestContext.Current.CancellationToken);
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var store = app.Services.GetRequiredService<ITocsinStore>();
            (await store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], PasswordHasher.Hash("analyst-password", iterations: 1000), TestContext.Current.CancellationToken)).Value.ToString();
            using var client = new HttpClient { BaseAddress = address };
            client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("ana:analyst-password"u8.ToArray()));

            var bound = await client.SendAsync(Draft($"http://127.0.0.1:{address.Port}"), TestContext.Current.CancellationToken);
            var localhost = await client.SendAsync(Draft($"http://localhost:{address.Port}"), TestContext.Current.CancellationToken);
            var otherPort = await client.SendAsync(Draft($"http://127.0.0.1:{address.Port + 1}"), TestContext.Current.CancellationToken);

            Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Forbidden), (bound.StatusCode, localhost.StatusCode, otherPort.StatusCode));
            await app.StopAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Unconfigured_links_in_CAP_messages_and_the_feed_name_the_bound_address_and_port()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = await TocsinServer.BuildAsync([], new ServerSettings { Port = 5187, DataDirectory = directory }, TestContext.Current.CancellationToken);

            var settings = app.Services.GetRequiredService<Tocsin.Server.Plan.PublicationSettings>();

            Assert.Equal("http://127.0.0.1:5187", settings.LinkBase);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static HttpRequestMessage Draft(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/drafts")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { text = "Une attaque a visé une salle de concert.", source = "AFP" }),
        };
        request.Headers.Add("Origin", origin);
        return request;
    }
}
