using System.Net;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using static Tocsin.Server.Tests.Authoring.AuthoringPicture;

namespace Tocsin.Server.Tests.Authoring;

/// <summary>Creating and editing the picture through the API (docs/authoring.md): each save is a new version created
/// by our organisation; another organisation's object, a stale version and a bad field are refused and write nothing.</summary>
public sealed class AuthoringApiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_incident_is_created_by_our_organisation_with_its_outcome_and_toll()
    {
        using var analyst = await (await SeedAsync(app)).AnalystAsync();

        var created = await BodyAsync(HttpStatusCode.Created, await PostAsync(analyst, "/api/v1/incidents",
            new { name = "Knife attack, Lyon", outcome = "foiled", killed = 0, injured = 2, startedAt = "2024-05-04T07:40" }));

        var stored = await app.FindObjectAsync("picture", created.GetProperty("id").GetString()!);
        Assert.Equal((Ours, "blocked", 2, "2024-05-04T07:40:00.000Z"), (stored!.CreatedByRef,
            stored.Root.GetProperty("extensions").GetProperty(TocsinExtensions.OasisIncidentCoreId).GetProperty("determination").GetString(),
            stored.Root.GetProperty("extensions").GetProperty(TocsinExtensions.TerrorismIncidentId).GetProperty("injured").GetInt32(),
            stored.Root.GetProperty("extensions").GetProperty(TocsinExtensions.TerrorismIncidentId).GetProperty("started_at").GetString()));
    }

    [Fact]
    public async Task An_edit_is_a_new_version_and_the_history_shows_both_with_what_changed()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();

        var saved = await BodyAsync(HttpStatusCode.OK, await PutAsync(analyst, $"/api/v1/incidents/{picture.Incident}",
            new { name = "Attack on Crocus City Hall", modified = SeededVersion, killed = 137 }));
        var history = await BodyAsync(HttpStatusCode.OK, await analyst.GetAsync(new Uri($"/api/v1/objects/{picture.Incident}/history", UriKind.Relative), Ct));

        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        var changes = versions[1].GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("change").GetString()} {c.GetProperty("path").GetString()}").ToList();
        Assert.Equal(picture.Incident, saved.GetProperty("id").GetString());
        Assert.True(StixTimestamp.Parse(saved.GetProperty("modified").GetString()!) > StixTimestamp.Parse(SeededVersion));
        Assert.Equal([SeededVersion, saved.GetProperty("modified").GetString()], versions.Select(v => v.GetProperty("modified").GetString()));
        Assert.Contains("changed name", changes);
        Assert.Contains("changed modified", changes);
        Assert.Contains("added extensions", changes);
    }

    [Fact]
    public async Task A_save_against_a_stale_version_is_refused_and_writes_nothing()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await PutAsync(analyst, $"/api/v1/actors/{picture.Actor}", new { name = "ISKP", modified = SeededVersion }));
        var before = await app.CountObjectsAsync("picture");

        var stale = await ProblemAsync(await PutAsync(analyst, $"/api/v1/actors/{picture.Actor}", new { name = "ISIL-K", modified = SeededVersion }));

        Assert.Equal((HttpStatusCode.Conflict, "version-stale", before), (stale.Status, stale.Code, await app.CountObjectsAsync("picture")));
    }

    [Fact]
    public async Task An_edit_that_does_not_name_the_version_it_edits_is_refused()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();

        var refused = await ProblemAsync(await PutAsync(analyst, $"/api/v1/incidents/{picture.Incident}", new { name = "Renamed" }));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "modified-required"), refused);
    }

    [Fact]
    public async Task Another_organisations_object_is_never_edited()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();
        var before = await app.CountObjectsAsync("picture");

        var refused = await ProblemAsync(await PutAsync(analyst, $"/api/v1/incidents/{picture.TheirIncident}", new { name = "Ours now", modified = SeededVersion }));

        Assert.Equal((HttpStatusCode.Conflict, "object-not-ours", before), (refused.Status, refused.Code, await app.CountObjectsAsync("picture")));
    }

    [Fact]
    public async Task An_object_of_another_type_or_unknown_is_not_found()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();

        var asActor = await ProblemAsync(await PutAsync(analyst, $"/api/v1/actors/{picture.Incident}", new { name = "x", modified = SeededVersion }));
        var unknown = await ProblemAsync(await PutAsync(analyst, $"/api/v1/actors/threat-actor--{Guid.NewGuid():D}", new { name = "x", modified = SeededVersion }));

        Assert.Equal(((HttpStatusCode.NotFound, "object-not-found"), (HttpStatusCode.NotFound, "object-not-found")), (asActor, unknown));
    }

    [Theory]
    [InlineData("name", "", "name-required")]
    [InlineData("outcome", "won", "outcome-invalid")]
    [InlineData("startedAt", "yesterday", "started-at-invalid")]
    [InlineData("marking", "purple", "marking-invalid")]
    public async Task A_bad_incident_field_is_refused_by_name_and_writes_nothing(string field, string value, string code)
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();
        var body = new Dictionary<string, object?> { ["name"] = "Valid", [field] = value };
        var before = await app.CountObjectsAsync("picture");

        var refused = await ProblemAsync(await PostAsync(analyst, "/api/v1/incidents", body));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, code, before), (refused.Status, refused.Code, await app.CountObjectsAsync("picture")));
    }

    [Fact]
    public async Task Without_a_write_grant_on_the_picture_nothing_is_written()
    {
        var picture = await SeedAsync(app);
        using var reader = await picture.AnalystAsync(CollectionRights.Read);
        var before = await app.CountObjectsAsync("picture");

        var refused = await ProblemAsync(await PostAsync(reader, "/api/v1/actors", new { name = "New group" }));

        Assert.Equal((HttpStatusCode.Forbidden, "picture-write-forbidden", before), (refused.Status, refused.Code, await app.CountObjectsAsync("picture")));
    }

    [Theory]
    [InlineData(Role.Approver)]
    [InlineData(Role.WatchOfficer)]
    public async Task Only_analysts_and_administrators_write(Role role)
    {
        var picture = await SeedAsync(app);
        using var other = await picture.AnalystAsync(CollectionRights.Read | CollectionRights.Write, role);

        var refused = await PostAsync(other, "/api/v1/reports", new { name = "R", published = SeededVersion, objectRefs = new[] { picture.Incident } });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_report_is_created_with_the_objects_it_is_about()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();

        var created = await BodyAsync(HttpStatusCode.Created, await PostAsync(analyst, "/api/v1/reports",
            new { name = "Wire story", published = "2024-03-23T06:00:00Z", objectRefs = new[] { picture.Incident, picture.Actor } }));

        Assert.Equal([picture.Incident, picture.Actor], created.GetProperty("object_refs").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task An_actor_edit_keeps_the_aliases_given_including_transliterations()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();

        var saved = await BodyAsync(HttpStatusCode.OK, await PutAsync(analyst, $"/api/v1/actors/{picture.Actor}",
            new { name = "ISIS-K", aliases = new[] { "ISKP", "ISIL-X", "ISKP", " " }, modified = SeededVersion }));

        Assert.Equal(["ISKP", "ISIL-X"], saved.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }
}
