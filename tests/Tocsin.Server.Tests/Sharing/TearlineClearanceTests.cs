using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Sharing;

/// <summary>Tearlines under clearances (docs/read-log.md): nobody releases, lists or approves a tearline of an original
/// they are not cleared to read, and each refusal is the answer for an object or request that does not exist.</summary>
public sealed class TearlineClearanceTests
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Password = "tearline-clearance";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_original_over_the_clearance_cannot_be_released_listed_or_approved_and_looks_unknown()
    {
        await using var app = TocsinApp.WithSettings();
        await app.SetOrganisationAsync(Ours);
        var store = app.Services.GetRequiredService<ITocsinStore>();
        var alias = Some.Alias("picture");
        var secret = ClassificationMarkings.Create(SharingMarkingKind.Classification, "SECRET", Ours, TimeProvider.System);
        var actorId = $"threat-actor--{Guid.NewGuid():D}";
        await app.SeedObjectsAsync(alias, ClassificationMarkings.ExtensionDefinition.Root.GetRawText(), secret.Root.GetRawText(), $$"""
            {"type":"threat-actor","spec_version":"2.1","id":"{{actorId}}","created_by_ref":"{{Ours}}","created":"2024-03-22T10:00:00.000Z",
             "modified":"2024-03-22T10:00:00.000Z","name":"ISIS-K","aliases":["ISKP"],"description":"HUMINT source CASTOR reports a courier.",
             "object_marking_refs":["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed","{{secret.Id}}"]}
            """);
        var collection = await app.EnsureCollectionAsync(alias);
        using var lowAnalyst = await UserAsync(app, Role.Analyst, collection, null);
        using var clearedAnalyst = await UserAsync(app, Role.Analyst, collection, "SECRET");
        using var lowApprover = await UserAsync(app, Role.Approver, collection, null);
        using var clearedApprover = await UserAsync(app, Role.Approver, collection, "SECRET");
        object Body(string id) => new { objectId = id, collection = alias, release = "green", texts = new { aliases = new[] { "Khorasan branch" } }, omit = new[] { "description" }, asItStands = new[] { "name" } };

        var unknown = $"threat-actor--{Guid.NewGuid():D}";
        var asUnknown = await ProblemAsync(await lowAnalyst.PostAsJsonAsync(new Uri("/api/v1/tearlines", UriKind.Relative), Body(unknown), Ct));
        var asWithheld = await ProblemAsync(await lowAnalyst.PostAsJsonAsync(new Uri("/api/v1/tearlines", UriKind.Relative), Body(actorId), Ct));
        Assert.Equal(HttpStatusCode.NotFound, asUnknown.Status);
        Assert.Equal((asUnknown.Status, asUnknown.Text.Replace(unknown, "ID", StringComparison.Ordinal)),
            (asWithheld.Status, asWithheld.Text.Replace(actorId, "ID", StringComparison.Ordinal)));

        var pending = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Accepted,
            await clearedAnalyst.PostAsJsonAsync(new Uri("/api/v1/tearlines", UriKind.Relative), Body(actorId), Ct))).RootElement;
        var requestId = pending.GetProperty("requestId").GetString()!;
        var listed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await lowApprover.GetAsync(new Uri("/api/v1/tearlines/requests", UriKind.Relative), Ct));
        Assert.DoesNotContain(requestId, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(actorId, listed, StringComparison.Ordinal);
        var byLow = await ProblemAsync(await lowApprover.PostAsJsonAsync(new Uri($"/api/v1/tearlines/requests/{requestId}/approve", UriKind.Relative), new { }, Ct));
        Assert.Equal((HttpStatusCode.NotFound, "tearline-request-not-found"), (byLow.Status, byLow.Text.Split('|')[0]));

        Assert.Contains(requestId, await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await clearedApprover.GetAsync(new Uri("/api/v1/tearlines/requests", UriKind.Relative), Ct)), StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.Created,
            await clearedApprover.PostAsJsonAsync(new Uri($"/api/v1/tearlines/requests/{requestId}/approve", UriKind.Relative), new { }, Ct));
    }

    private static async Task<HttpClient> UserAsync(TocsinApp app, Role role, Collection collection, string? level) =>
        (await app.AddClearedUserAsync(role, collection, role == Role.Analyst ? CollectionRights.Read | CollectionRights.Write : CollectionRights.Read,
            level, Password)).Client;

    private static async Task<(HttpStatusCode Status, string Text)> ProblemAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(Ct);
            if (response.IsSuccessStatusCode)
            {
                return (response.StatusCode, text);
            }

            // The problem's instance and trace id differ per request; what it says must not.
            var problem = JsonDocument.Parse(text).RootElement;
            return (response.StatusCode, problem.GetProperty("code").GetString() + "|" + problem.GetProperty("detail").GetString());
        }
    }
}
