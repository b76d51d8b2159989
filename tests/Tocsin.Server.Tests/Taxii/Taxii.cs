using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Taxii;

/// <summary>TAXII helpers for tests: URLs of the default root, envelopes, and a user with rights on a new collection.</summary>
public static class Taxii
{
    public const string MediaType = "application/taxii+json";
    public const string Root = "/taxii2/tocsin/";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Uri Url(string path) => new(path, UriKind.Relative);

    public static Uri Collection(Collection collection, string rest = "") => Url($"{Root}collections/{collection.Id:D}/{rest}");

    public static Uri Objects(Collection collection, string query = "") => Collection(collection, "objects/" + query);

    /// <summary>A TAXII envelope of <paramref name="objects"/> with the TAXII 2.1 content type.</summary>
    public static HttpContent Envelope(params string[] objects) => Body("{\"objects\":[" + string.Join(',', objects) + "]}");

    public static HttpContent Body(string json) => Body(Encoding.UTF8.GetBytes(json));

    public static HttpContent Body(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
        return content;
    }

    /// <summary>A user with a password, holding <paramref name="rights"/> on a new collection.</summary>
    public static async Task<(HttpClient Client, Collection Collection, string User)> UserWithCollectionAsync(
        TocsinApp app, CollectionRights rights, Role role = Role.Analyst)
    {
        var user = Some.Alias("user");
        await app.AddUserAsync(user, role, "secret");
        var collection = await app.SeedCollectionAsync();
        if (rights != CollectionRights.None)
        {
            await app.GrantAsync(collection, user, rights);
        }

        return (app.CreateTaxiiClient(user, "secret"), collection, user);
    }

    /// <summary>Posts and returns the status resource, asserting 202.</summary>
    public static async Task<JsonElement> PostAsync(HttpClient client, Collection collection, HttpContent envelope)
    {
        var body = await HttpAssert.StatusAsync(HttpStatusCode.Accepted, await client.PostAsync(Objects(collection), envelope, Ct), MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>GETs and returns the body, asserting 200 and the TAXII media type.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, Uri url)
    {
        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(url, Ct), MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts a TAXII error response with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonElement> ErrorAsync(HttpStatusCode status, HttpResponseMessage response)
    {
        var body = await HttpAssert.StatusAsync(status, response, MediaType);
        Assert.Equal("2.1", response.Content.Headers.ContentType!.Parameters.Single(p => p.Name == "version").Value);
        var error = JsonDocument.Parse(body).RootElement;
        Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error.GetProperty("http_status").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("title").GetString()));
        return error;
    }

    /// <summary>The ids of an envelope's objects, in order.</summary>
    public static List<string> Ids(JsonElement envelope) =>
        envelope.TryGetProperty("objects", out var objects) ? [.. objects.EnumerateArray().Select(o => o.GetProperty("id").GetString()!)] : [];
}
