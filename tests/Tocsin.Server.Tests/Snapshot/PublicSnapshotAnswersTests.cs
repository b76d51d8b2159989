using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Tocsin.Server.Tests.Plan;

namespace Tocsin.Server.Tests.Snapshot;

/// <summary>The plain public reads answered from the snapshot ahead of routing (<c>PublicSnapshotAnswers</c>): the feed in
/// the coding the reader asks for, compressed once; every other spelling of a question left to the endpoints, which
/// answer it alike; errors still the endpoints' own.</summary>
public sealed class PublicSnapshotAnswersTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("br;q=0.5, gzip;q=0.8", "gzip")]
    [InlineData("*", "br")]
    [InlineData("identity", "")]
    [InlineData("*;q=0", "")]
    [InlineData("", "")]
    [InlineData("br;q=high", "")]
    [InlineData("\u00e9\u00e9;;=,", "")]
    public async Task The_feed_comes_in_the_coding_asked_for_with_the_same_content(string acceptEncoding, string coding)
    {
        using var client = app.CreateClient();
        var identity = await client.GetByteArrayAsync(new Uri("/feeds/cap.atom", UriKind.Relative), PlanHttp.Ct);

        using var response = await client.SendAsync(Get("/feeds/cap.atom", acceptEncoding), PlanHttp.Ct);

        var body = await response.Content.ReadAsByteArrayAsync(PlanHttp.Ct);
        Assert.Equal(
            (HttpStatusCode.OK, coding, coding.Length > 0, "Accept-Encoding", (long?)body.Length, Convert.ToBase64String(identity)),
            (response.StatusCode, string.Join(",", response.Content.Headers.ContentEncoding), response.Headers.ETag!.IsWeak,
             string.Join(",", response.Headers.Vary), response.Content.Headers.ContentLength, Convert.ToBase64String(Decoded(body, coding))));
    }

    [Fact]
    public async Task A_compressed_feed_answers_its_weak_ETag_with_304_carrying_that_ETag()
    {
        using var client = app.CreateClient();
        using var first = await client.SendAsync(Get("/feeds/cap.atom", "br"), PlanHttp.Ct);
        using var again = Get("/feeds/cap.atom", "br");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again, PlanHttp.Ct);

        Assert.Equal((HttpStatusCode.NotModified, first.Headers.ETag, 0, 0L),
            (response.StatusCode, response.Headers.ETag, response.Content.Headers.ContentEncoding.Count, (await response.Content.ReadAsByteArrayAsync(PlanHttp.Ct)).LongLength));
    }

    [Theory]
    [InlineData("LAT=48.8566&LON=2.3522")]
    [InlineData("lat=4.88566e1&lon=2.3522")]
    [InlineData("lat=%34%38.8566&lon=2.3522")]
    [InlineData("lat=48.8566&lon=2.3522&utm_source=radio")]
    [InlineData("lat=+48.8566&lon=2.3522")]
    public async Task Another_spelling_of_the_point_question_gets_the_same_answer_from_the_endpoint(string query)
    {
        using var client = app.CreateClient();
        var plain = await PointAsync(client, "lat=48.8566&lon=2.3522");

        var spelled = await PointAsync(client, query);

        Assert.Equal(plain, spelled);
    }

    [Theory]
    [InlineData("lat=0.5&lon=-30.25", HttpStatusCode.NotFound, "point-outside-territories")]
    [InlineData("lat=91&lon=2", HttpStatusCode.UnprocessableEntity, "coordinates-out-of-range")]
    [InlineData("lat=48.85&lat=48.86&lon=2.35", HttpStatusCode.BadRequest, null)]
    [InlineData("lat=48.85", HttpStatusCode.BadRequest, null)]
    public async Task A_point_question_without_an_answer_gets_the_endpoint_s_problem(string query, HttpStatusCode status, string? code)
    {
        using var client = app.CreateClient();

        using var response = await client.GetPathAsync("/api/v1/levels/point?" + query);

        var body = await response.Content.ReadAsStringAsync(PlanHttp.Ct);
        Assert.Equal((status, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        if (code is not null)
        {
            Assert.Equal(code, PlanHttp.Code(body));
        }
    }

    [Theory]
    [InlineData("/api/v1/levels")]
    [InlineData("/feeds/cap.atom")]
    [InlineData("/api/v1/levels/point?lat=48.8566&lon=2.3522")]
    public async Task A_write_to_a_public_read_is_not_answered_from_the_snapshot(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.DeleteAsync(new Uri(path, UriKind.Relative), PlanHttp.Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    // Status, ETag (which leaves out the instant) and the body without its instant.
    private static async Task<(HttpStatusCode, string?, string)> PointAsync(HttpClient client, string query)
    {
        using var response = await client.GetPathAsync("/api/v1/levels/point?" + query);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(PlanHttp.Ct)).RootElement;
        var timeless = string.Join(",", body.EnumerateObject().Where(p => p.Name != "at").Select(p => $"{p.Name}={p.Value.GetRawText()}"));
        return (response.StatusCode, response.Headers.ETag?.ToString(), timeless);
    }

    private static HttpRequestMessage Get(string path, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return request;
    }

    private static byte[] Decoded(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => input,
        };
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
