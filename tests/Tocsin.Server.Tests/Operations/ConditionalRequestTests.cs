using System.Net;
using System.Net.Http.Headers;
using Tocsin.Server.Tests.Plan;

namespace Tocsin.Server.Tests.Operations;

/// <summary>HEAD wherever GET works on the public paths, and conditional requests on every public document
/// (docs/operations.md "HTTP caching").</summary>
public sealed class ConditionalRequestTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    public static TheoryData<string> PublicDocuments => new()
    {
        "/feeds/cap.atom", "/api/v1/levels", "/api/v1/levels/point?lat=48.8566&lon=2.3522", "message", "/en/", "/fr/levels/vigipirate", "alert page",
    };

    [Theory]
    [MemberData(nameof(PublicDocuments))]
    public async Task Head_answers_like_get_without_a_body(string document)
    {
        var path = await PathOfAsync(document);
        using var client = app.CreateClient();
        var get = await client.GetPathAsync(path);
        var getBody = await get.Content.ReadAsByteArrayAsync(PlanHttp.Ct);

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)), PlanHttp.Ct);
        var headBody = await head.Content.ReadAsByteArrayAsync(PlanHttp.Ct);

        Assert.Equal(
            (HttpStatusCode.OK, get.Headers.ETag, get.Content.Headers.ContentType?.MediaType, (long?)getBody.Length, 0),
            (head.StatusCode, head.Headers.ETag, head.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentLength, headBody.Length));
    }

    [Theory]
    [MemberData(nameof(PublicDocuments))]
    public async Task If_none_match_with_the_etag_answers_304(string document)
    {
        var path = await PathOfAsync(document);
        using var client = app.CreateClient();
        var first = await client.GetPathAsync(path);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again, PlanHttp.Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [MemberData(nameof(PublicDocuments))]
    public async Task If_modified_since_last_modified_answers_304(string document)
    {
        var path = await PathOfAsync(document);
        using var client = app.CreateClient();
        var first = await ServedWithLastModifiedAsync(client, path);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var second = await client.SendAsync(again, PlanHttp.Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task If_modified_since_before_a_new_message_gets_the_new_feed()
    {
        using var client = app.CreateClient();
        var before = await ServedWithLastModifiedAsync(client, "/feeds/cap.atom");

        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D13"));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/cap.atom", UriKind.Relative));
        again.Headers.IfModifiedSince = before.Content.Headers.LastModified;
        using var after = await client.SendAsync(again, PlanHttp.Ct);

        Assert.Equal((HttpStatusCode.OK, false), (after.StatusCode, after.Headers.ETag!.Equals(before.Headers.ETag)));
    }

    [Fact]
    public async Task If_none_match_wins_over_if_modified_since()
    {
        using var client = app.CreateClient();
        var first = await ServedWithLastModifiedAsync(client, "/feeds/cap.atom");

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/feeds/cap.atom", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"another\""));
        again.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var second = await client.SendAsync(again, PlanHttp.Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    // Last-Modified is withheld for the rest of a second in which the document changed twice: ask again until it is given.
    private static async Task<HttpResponseMessage> ServedWithLastModifiedAsync(HttpClient client, string path)
    {
        while (true)
        {
            var response = await client.GetPathAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Content.Headers.LastModified is not null)
            {
                return response;
            }

            await Task.Delay(200, PlanHttp.Ct);
        }
    }

    private async Task<string> PathOfAsync(string document)
    {
        if (document is not ("message" or "alert page"))
        {
            return document;
        }

        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D69"));
        var message = decision.GetProperty("messages")[0];
        return document == "message"
            ? message.GetProperty("url").GetString()!
            : "/en/alerts/" + Uri.EscapeDataString(message.GetProperty("identifier").GetString()!);
    }
}
