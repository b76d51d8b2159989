using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Server.Feeds;
using Tocsin.Server.Plan;
using Tocsin.Server.Tests.Plan;
using Tocsin.Storage;

namespace Tocsin.Server.Tests.Snapshot;

/// <summary>The public read path served from the in-memory snapshot answers exactly as the store-backed path does: same
/// bytes, same headers, same status, for GET, HEAD and conditional GET (docs/operations.md "Public snapshot").</summary>
public sealed class PublicSnapshotAnswerTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    public static TheoryData<string> Documents => new() { "/api/v1/levels", "/api/v1/levels?scheme=vigipirate", "/api/v1/levels/point?lat=48.8566&lon=2.3522" };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Now_is_answered_as_the_same_instant_asked_for_explicitly(string path)
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));
        using var client = app.CreateClient();
        var (snapshot, dynamic) = await TwinsAsync(client, path);

        var fromStore = await ServedAnswer.SendAsync(client, HttpMethod.Get, dynamic);

        Assert.Equal(fromStore, snapshot);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Head_and_304_from_the_snapshot_match_the_dynamic_ones(string path)
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D13"));
        using var client = app.CreateClient();
        var (_, dynamic) = await TwinsAsync(client, path);
        using var first = await client.GetPathAsync(path);
        var etag = first.Headers.ETag!.ToString();

        var fromSnapshot = ((await ServedAnswer.SendAsync(client, HttpMethod.Head, path)).WithoutLength(), await ServedAnswer.SendAsync(client, HttpMethod.Get, path, etag));
        var fromStore = ((await ServedAnswer.SendAsync(client, HttpMethod.Head, dynamic)).WithoutLength(), await ServedAnswer.SendAsync(client, HttpMethod.Get, dynamic, etag));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotModified), (fromSnapshot.Item1.Status, fromSnapshot.Item2.Status));
        Assert.Equal(fromStore, fromSnapshot);
    }

    [Fact]
    public async Task The_feed_is_the_feed_written_from_the_store_with_its_etag()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D69"));
        using var client = app.CreateClient();

        using var served = await client.GetPathAsync("/feeds/cap.atom");
        var bytes = await served.Content.ReadAsByteArrayAsync(PlanHttp.Ct);

        var expected = app.Services.GetRequiredService<CapFeed>().Write(
            await app.Services.GetRequiredService<ITocsinStore>().Publications.LatestPublicAsync(CapFeed.Size, PlanHttp.Ct));
        Assert.Equal((Convert.ToBase64String(expected), HttpCaching.ETagOf(expected), "public, max-age=60"),
            (Convert.ToBase64String(bytes), served.Headers.ETag!.ToString(), served.Headers.CacheControl!.ToString()));
    }

    [Fact]
    public async Task A_feed_written_from_the_summaries_kept_since_the_last_one_is_the_feed_written_afresh()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D33"));
        var latest = await app.Services.GetRequiredService<ITocsinStore>().Publications.LatestPublicAsync(CapFeed.Size, PlanHttp.Ct);
        var kept = app.Services.GetRequiredService<CapFeed>();
        kept.Write(latest);
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D34"));
        latest = await app.Services.GetRequiredService<ITocsinStore>().Publications.LatestPublicAsync(CapFeed.Size, PlanHttp.Ct);

        var fromKept = kept.Write(latest);

        var afresh = new CapFeed(app.Services.GetRequiredService<PublicationSettings>()).Write(latest);
        Assert.Equal(Convert.ToBase64String(afresh), Convert.ToBase64String(fromKept));
    }

    [Fact]
    public async Task A_message_the_feed_lists_is_its_stored_bytes_immutable()
    {
        var decision = await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D31"));
        var identifier = decision.GetProperty("messages")[0].GetProperty("identifier").GetString()!;
        using var client = app.CreateClient();

        using var served = await client.GetPathAsync(decision.GetProperty("messages")[0].GetProperty("url").GetString()!);
        var bytes = await served.Content.ReadAsByteArrayAsync(PlanHttp.Ct);

        var stored = (await app.Services.GetRequiredService<ITocsinStore>().Publications.FindAsync(identifier, PlanHttp.Ct))!.Xml.ToArray();
        Assert.Equal((Convert.ToBase64String(stored), HttpCaching.ETagOf(stored), HttpCaching.Immutable, "application/cap+xml"),
            (Convert.ToBase64String(bytes), served.Headers.ETag!.ToString(), served.Headers.CacheControl!.ToString(), served.Content.Headers.ContentType!.MediaType));
    }

    [Theory]
    [InlineData("/fr/", "identity")]
    [InlineData("/en/levels/vigipirate", "br")]
    [InlineData("/fr/levels/vigipirate/FRA-D75", "gzip")]
    public async Task A_public_page_kept_in_the_snapshot_answers_as_it_was_rendered(string path, string encoding)
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D59"));
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", encoding);

        var rendered = await ServedAnswer.SendAsync(client, HttpMethod.Get, path);
        var kept = await ServedAnswer.SendAsync(client, HttpMethod.Get, path);

        Assert.Equal((HttpStatusCode.OK, rendered), (rendered.Status, kept));
    }

    [Fact]
    public async Task A_new_decision_replaces_the_kept_page()
    {
        using var client = app.CreateClient();
        var before = await ServedAnswer.SendAsync(client, HttpMethod.Get, "/en/levels/vigipirate/FRA-D06");

        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D06"));
        var after = await ServedAnswer.SendAsync(client, HttpMethod.Get, "/en/levels/vigipirate/FRA-D06");

        Assert.NotEqual(before.Body, after.Body);
    }

    // The answer served from the snapshot, and the same question with the instant the snapshot answered for.
    private static async Task<(ServedAnswer Snapshot, string Dynamic)> TwinsAsync(HttpClient client, string path)
    {
        using var now = await client.GetPathAsync(path);
        var body = await now.Content.ReadAsByteArrayAsync(PlanHttp.Ct);
        var answer = ServedAnswer.Of(now, body);
        var at = JsonDocument.Parse(body).RootElement.GetProperty("at").GetString()!;
        return (answer, path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "at=" + Uri.EscapeDataString(at));
    }
}
