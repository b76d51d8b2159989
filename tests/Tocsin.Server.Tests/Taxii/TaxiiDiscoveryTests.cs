using System.Net;
using System.Net.Http.Headers;
using Tocsin.Core.Principals;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Taxii;

public sealed class TaxiiDiscoveryTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task Discovery_lists_the_default_root_as_a_relative_url()
    {
        var client = await ClientAsync();

        var discovery = await GetAsync(client, Url("/taxii2/"));

        Assert.Equal(("/taxii2/tocsin/", "/taxii2/tocsin/"), (discovery.GetProperty("default").GetString(), discovery.GetProperty("api_roots")[0].GetString()));
    }

    [Fact]
    public async Task The_api_root_advertises_TAXII_2_1_and_max_content_length()
    {
        var client = await ClientAsync();

        var root = await GetAsync(client, Url(Root));

        Assert.Equal(("application/taxii+json;version=2.1", 100L * 1024 * 1024),
            (root.GetProperty("versions")[0].GetString(), root.GetProperty("max_content_length").GetInt64()));
    }

    [Fact]
    public async Task Responses_carry_the_TAXII_2_1_media_type()
    {
        var client = await ClientAsync();

        var response = await client.GetAsync(Url("/taxii2/"), Ct);

        Assert.Equal("application/taxii+json; version=2.1", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task An_unknown_api_root_is_a_TAXII_404()
    {
        var client = await ClientAsync();

        await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(Url("/taxii2/nowhere/"), Ct));
    }

    [Fact]
    public async Task An_unknown_path_under_taxii2_is_a_TAXII_404()
    {
        var client = await ClientAsync();

        await ErrorAsync(HttpStatusCode.NotFound, await client.GetAsync(Url("/taxii2/tocsin/nothing/here/"), Ct));
    }

    [Fact]
    public async Task Paths_are_served_without_their_trailing_slash_too()
    {
        var client = await ClientAsync();

        await GetAsync(client, Url("/taxii2/tocsin"));
    }

    [Fact]
    public async Task Without_credentials_the_answer_is_401_with_a_Basic_challenge_and_a_TAXII_error()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");

        var response = await client.GetAsync(Url("/taxii2/"), Ct);

        await ErrorAsync(HttpStatusCode.Unauthorized, response);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_wrong_password_is_401()
    {
        var user = Some.Alias("user");
        await app.AddUserAsync(user, Role.Analyst, "right");
        using var client = app.CreateTaxiiClient(user, "wrong");

        await ErrorAsync(HttpStatusCode.Unauthorized, await client.GetAsync(Url("/taxii2/"), Ct));
    }

    [Fact]
    public async Task An_API_key_as_user_name_with_an_empty_password_is_accepted()
    {
        var key = await app.AddUserWithKeyAsync(Some.Alias("sentinel"), Role.WatchOfficer);
        using var client = app.CreateTaxiiClient(key, string.Empty);

        await GetAsync(client, Url("/taxii2/"));
    }

    [Theory]
    [InlineData("application/taxii+json;version=2.1")]
    [InlineData("application/taxii+json; version=2.1")]
    [InlineData("application/taxii+json")]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("text/html, application/taxii+json;version=2.1;q=0.5")]
    public async Task Acceptable_media_types_get_200(string accept)
    {
        using var client = await ClientAsync(accept: null);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);

        var response = await client.GetAsync(Url("/taxii2/"), Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response, MediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/taxii+json;version=2.0")]
    [InlineData("application/stix+json;version=2.1")]
    [InlineData("text/html")]
    [InlineData("application/taxii+json;version=2.1;q=0")]
    public async Task Other_media_types_get_406(string accept)
    {
        using var client = await ClientAsync(accept: null);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);

        await ErrorAsync(HttpStatusCode.NotAcceptable, await client.GetAsync(Url("/taxii2/"), Ct));
    }

    [Fact]
    public async Task No_Accept_header_is_taken_as_accepting_anything()
    {
        using var client = await ClientAsync(accept: null);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(Url("/taxii2/"), Ct), MediaType);
    }

    private async Task<HttpClient> ClientAsync(string? accept = "application/taxii+json;version=2.1")
    {
        var user = Some.Alias("user");
        await app.AddUserAsync(user, Role.Analyst, "secret");
        var client = app.CreateClient(user, "secret");
        if (accept is not null)
        {
            client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        return client;
    }
}
