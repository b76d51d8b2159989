using System.Net;
using Tocsin.Storage;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

/// <summary>A server with two API roots, a public base URL and a seeded collection.</summary>
public sealed class TwoRootsApp : IAsyncDisposable
{
    public TocsinApp App { get; } = TocsinApp.WithSettings(
        new("Tocsin:Taxii:PublicBaseUrl", "https://cti.example.org/"),
        new("Tocsin:Taxii:ApiRoots:0:Name", "partners"),
        new("Tocsin:Taxii:ApiRoots:0:Title", "Partner sharing"),
        new("Tocsin:Taxii:ApiRoots:0:Collections:0", "shared"),
        new("Tocsin:Taxii:ApiRoots:1:Name", "internal"),
        new("Tocsin:Taxii:Collections:0:Alias", "shared"),
        new("Tocsin:Taxii:Collections:0:Title", "Shared with partners"));

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public sealed class TaxiiRootsTests(TwoRootsApp server) : IClassFixture<TwoRootsApp>
{
    [Fact]
    public async Task Discovery_gives_absolute_urls_under_the_public_base_url()
    {
        using var client = await AdminAsync();

        var discovery = await GetAsync(client, Url("/taxii2/"));

        Assert.Equal(("https://cti.example.org/taxii2/partners/", "https://cti.example.org/taxii2/partners/ https://cti.example.org/taxii2/internal/"),
            (discovery.GetProperty("default").GetString(), string.Join(' ', discovery.GetProperty("api_roots").EnumerateArray().Select(r => r.GetString()))));
    }

    [Fact]
    public async Task A_root_with_a_collection_list_serves_only_those_collections()
    {
        using var client = await AdminAsync();
        await server.App.SeedCollectionAsync();

        var partners = await GetAsync(client, Url("/taxii2/partners/collections/"));
        var all = await GetAsync(client, Url("/taxii2/internal/collections/"));

        Assert.Equal(("shared", true), (
            string.Join(' ', partners.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("alias").GetString())),
            all.GetProperty("collections").GetArrayLength() >= 2));
    }

    [Fact]
    public async Task A_collection_outside_a_root_is_404_there()
    {
        using var client = await AdminAsync();
        var other = await server.App.SeedCollectionAsync();

        await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(Url($"/taxii2/partners/collections/{other.Id:D}/"), Ct));
    }

    [Fact]
    public async Task The_seeded_collection_has_its_configured_title()
    {
        using var client = await AdminAsync();

        var shared = await GetAsync(client, Url("/taxii2/partners/collections/shared/"));

        Assert.Equal("Shared with partners", shared.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_default_root_name_is_not_served_when_roots_are_configured()
    {
        using var client = await AdminAsync();

        await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(Url("/taxii2/tocsin/"), Ct));
    }

    private async Task<HttpClient> AdminAsync()
    {
        var user = Some.Alias("admin");
        await server.App.AddUserAsync(user, Core.Principals.Role.Admin, "secret");
        return server.App.CreateTaxiiClient(user, "secret");
    }
}
