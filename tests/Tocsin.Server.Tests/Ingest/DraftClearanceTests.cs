using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Storage.Reads;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Ingest;

/// <summary>Drafts under clearances (docs/read-log.md): a draft that reuses a picture object a reader may not read is,
/// for that reader, a draft that does not exist; a reader's own drafts never reuse what it may not read; a cleared
/// reader's look at such a draft is on the record, path <c>ingest</c>.</summary>
public sealed class DraftClearanceTests
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Password = "draft-clearance";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_reusing_a_secret_actor_is_unknown_to_a_reader_below_it_and_on_the_record_for_a_cleared_one()
    {
        await using var app = TocsinApp.WithSettings();
        var store = app.Services.GetRequiredService<ITocsinStore>();
        var actor = await SeedSecretActorAsync(store);
        var (cleared, clearedClient) = await StaffAsync(app, store, "TRÈS SECRET");
        var (_, low) = await StaffAsync(app, store, null);
        using (clearedClient)
        using (low)
        {
            var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
                await clearedClient.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), Reports.CrocusJson(), Ct))).RootElement;
            var id = created.GetProperty("id").GetString()!;
            Assert.Contains(actor, created.GetRawText(), StringComparison.Ordinal);

            var unknown = Guid.NewGuid().ToString("D");
            var asUnknown = await BodyAsync(low, $"/api/v1/drafts/{unknown}");
            Assert.Equal((HttpStatusCode.NotFound, asUnknown.Body.Replace(unknown, "ID", StringComparison.Ordinal)),
                ((await BodyAsync(low, $"/api/v1/drafts/{id}")).Status, (await BodyAsync(low, $"/api/v1/drafts/{id}")).Body.Replace(id, "ID", StringComparison.Ordinal)));
            Assert.DoesNotContain(id, (await BodyAsync(low, "/api/v1/drafts")).Body, StringComparison.Ordinal);
            var item = Reports.ItemId(created, "actor");
            using (var drop = await low.PostAsync(new Uri($"/api/v1/drafts/{id}/items/{item}/drop", UriKind.Relative), null, Ct))
            {
                Assert.Equal(HttpStatusCode.NotFound, drop.StatusCode);
            }

            var own = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created,
                await low.PostAsync(new Uri("/api/v1/drafts", UriKind.Relative), Reports.CrocusJson(), Ct))).RootElement;
            Assert.DoesNotContain(actor, own.GetRawText(), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.OK, (await BodyAsync(clearedClient, $"/api/v1/drafts/{id}")).Status);
            var rows = (await store.Reads.QueryAsync(new ReadLogQuery { Principal = cleared.Name, Limit = 100 }, Ct)).Value.Items;
            Assert.Contains(rows, r => r.ObjectId == actor && r.Path == ReadPaths.Ingest);
        }
    }

    private static async Task<string> SeedSecretActorAsync(ITocsinStore store)
    {
        var secret = ClassificationMarkings.Create(SharingMarkingKind.Classification, "SECRET", Ours, TimeProvider.System);
        var id = $"threat-actor--{Guid.NewGuid():D}";
        var actor = StixObject.FromTrusted(Encoding.UTF8.GetBytes($$"""
            {"type":"threat-actor","spec_version":"2.1","id":"{{id}}","created_by_ref":"{{Ours}}",
             "created":"2024-03-20T10:00:00.000Z","modified":"2024-03-20T10:00:00.000Z","name":"Islamic State",
             "threat_actor_types":["terrorist"],"object_marking_refs":["{{secret.Id}}"]}
            """));
        var picture = await store.FindCollectionAsync("picture", Ct) ?? (await store.AddCollectionAsync("picture", "Picture", null, Ct)).Value;
        var added = await store.AddObjectsAsync(picture.Id, [ClassificationMarkings.ExtensionDefinition, secret, actor], Ct);
        Assert.All(added.Outcomes, o => Assert.True(o.Succeeded, o.ToString()));
        return id;
    }

    private static async Task<(Principal Principal, HttpClient Client)> StaffAsync(TocsinApp app, ITocsinStore store, string? level)
    {
        var name = Some.Alias("drafter");
        await app.AddUserAsync(name, Role.Analyst, Password);
        var principal = (await store.FindPrincipalAsync(name, Ct))!;
        if (level is not null)
        {
            Assert.True((await store.Classification.SetClearanceAsync(principal.Id, new Clearance(level, []), Ct)).IsSuccess);
        }

        return (principal, app.CreateClient(name, Password));
    }

    private static async Task<(HttpStatusCode Status, string Body)> BodyAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        if (!response.IsSuccessStatusCode)
        {
            // The problem's instance and trace id differ per request; what it says must not.
            var problem = JsonDocument.Parse(text).RootElement;
            text = problem.GetProperty("code").GetString() + "|" + problem.GetProperty("detail").GetString();
        }

        return (response.StatusCode, text);
    }
}
