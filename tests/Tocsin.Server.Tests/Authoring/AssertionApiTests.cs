using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Authoring.AuthoringPicture;

namespace Tocsin.Server.Tests.Authoring;

/// <summary>Recording assertions and opinions (DESIGN "Assertions"): an <c>attributed-to</c> relationship created by us
/// with the assertion extension, its confidence set by the Admiralty grade; disagreement is an opinion, never an edit;
/// a withheld object answers like an unknown one.</summary>
public sealed class AssertionApiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Assessment(AuthoringPicture picture, string grade = "B2", string? target = null, string? assertedBy = null) => new
    {
        target = target ?? picture.Actor,
        assertedBy = assertedBy ?? picture.Asserter,
        basis = "assessment",
        assertedAt = "2024-03-25T12:00:00Z",
        grade,
        report = picture.Report,
    };

    [Theory]
    [InlineData("B2", 70)]
    [InlineData("A1", 90)]
    [InlineData("F5", 10)]
    [InlineData("C3", 50)]
    public async Task An_assertion_takes_its_confidence_from_the_grade(string grade, int confidence)
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();

        var created = await BodyAsync(HttpStatusCode.Created, await PostAsync(analyst, $"/api/v1/incidents/{picture.Incident}/assertions", Assessment(picture, grade)));

        var extension = created.GetProperty("extensions").GetProperty(TocsinExtensions.AssertionId);
        Assert.Equal((confidence, grade, "attributed-to", picture.Incident, Ours, picture.Asserter),
            (created.GetProperty("confidence").GetInt32(), extension.GetProperty("source_reliability").GetString() + extension.GetProperty("information_credibility").GetInt32(),
             created.GetProperty("relationship_type").GetString(), created.GetProperty("source_ref").GetString(), created.GetProperty("created_by_ref").GetString(),
             extension.GetProperty("asserted_by_ref").GetString()));
    }

    [Fact]
    public async Task A_grade_of_credibility_six_gives_no_confidence()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();

        var created = await BodyAsync(HttpStatusCode.Created, await PostAsync(analyst, $"/api/v1/incidents/{picture.Incident}/assertions", Assessment(picture, "B6")));

        Assert.False(created.TryGetProperty("confidence", out _));
    }

    [Fact]
    public async Task An_accused_state_is_named_as_an_identity()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();

        var created = await BodyAsync(HttpStatusCode.Created, await PostAsync(analyst, $"/api/v1/incidents/{picture.Incident}/assertions",
            Assessment(picture, "F5", target: picture.Asserter)));

        Assert.Equal(picture.Asserter, created.GetProperty("target_ref").GetString());
    }

    [Theory]
    [InlineData("grade", "G7", "grade-invalid")]
    [InlineData("basis", "rumour", "basis-invalid")]
    [InlineData("assertedBy", "threat-actor", "asserted-by-invalid")]
    [InlineData("target", "unknown", "target-invalid")]
    [InlineData("assertedAt", "", "asserted-at-required")]
    public async Task A_bad_assertion_field_is_refused_by_name_and_writes_nothing(string field, string value, string code)
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();
        var body = JsonSerializer.SerializeToNode(Assessment(picture), WebJson)!.AsObject();
        body[field] = value switch
        {
            "threat-actor" => picture.Actor,
            "unknown" => $"threat-actor--{Guid.NewGuid():D}",
            _ => value,
        };
        var before = await app.CountObjectsAsync("picture");

        var refused = await ProblemAsync(await analyst.PostAsJsonAsync(new Uri($"/api/v1/incidents/{picture.Incident}/assertions", UriKind.Relative), body, Ct));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, code, before), (refused.Status, refused.Code, await app.CountObjectsAsync("picture")));
    }

    [Fact]
    public async Task An_opinion_refers_to_the_assertion_and_leaves_it_unchanged()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();
        var assertion = await BodyAsync(HttpStatusCode.Created, await PostAsync(analyst, $"/api/v1/incidents/{picture.Incident}/assertions", Assessment(picture)));
        var id = assertion.GetProperty("id").GetString()!;

        var opinion = await BodyAsync(HttpStatusCode.Created, await PostAsync(analyst, $"/api/v1/assertions/{id}/opinions",
            new { opinion = "disagree", explanation = "The evidence points elsewhere." }));

        var history = await BodyAsync(HttpStatusCode.OK, await analyst.GetAsync(new Uri($"/api/v1/objects/{id}/history", UriKind.Relative), Ct));
        Assert.Equal((id, "disagree", 1), (opinion.GetProperty("object_refs").EnumerateArray().Single().GetString(),
            opinion.GetProperty("opinion").GetString(), history.GetProperty("versions").GetArrayLength()));
    }

    [Fact]
    public async Task An_opinion_on_something_other_than_an_assertion_is_not_found()
    {
        var picture = await SeedAsync(app);
        using var analyst = await picture.AnalystAsync();

        var refused = await ProblemAsync(await PostAsync(analyst, $"/api/v1/assertions/{picture.Incident}/opinions", new { opinion = "agree" }));

        Assert.Equal((HttpStatusCode.NotFound, "object-not-found"), refused);
    }

    [Fact]
    public async Task An_incident_over_the_readers_clearance_answers_exactly_like_an_unknown_one()
    {
        var picture = await SeedAsync(app);
        var adminName = Some.Alias("admin");
        await app.AddUserAsync(adminName, Role.Admin, Password);
        using var admin = app.CreateClient(adminName, Password);
        var marking = (await BodyAsync(HttpStatusCode.Created, await PostAsync(admin, "/api/v1/markings", new { classification = "SECRET", collections = new[] { "picture" } })))
            .GetProperty("id").GetString()!;
        var secret = $"incident--{Guid.NewGuid():D}";
        await app.SeedObjectsAsync("picture", JsonSerializer.Serialize(new
        {
            type = "incident",
            spec_version = "2.1",
            id = secret,
            created = SeededVersion,
            modified = SeededVersion,
            created_by_ref = Ours,
            name = "Secret",
            object_marking_refs = new[] { marking },
        }));
        using var analyst = await picture.AnalystAsync();
        var unknown = $"incident--{Guid.NewGuid():D}";

        var answers = new List<string>();
        foreach (var id in new[] { secret, unknown })
        {
            var history = await analyst.GetAsync(new Uri($"/api/v1/objects/{id}/history", UriKind.Relative), Ct);
            var edit = await PutAsync(analyst, $"/api/v1/incidents/{id}", new { name = "x", modified = SeededVersion });
            var assert = await PostAsync(analyst, $"/api/v1/incidents/{id}/assertions", Assessment(picture));
            answers.Add(string.Join('|', (await Task.WhenAll(new[] { history, edit, assert }.Select(async r => $"{(int)r.StatusCode} {Normalised(await r.Content.ReadAsStringAsync(Ct), id)}")))));
        }

        Assert.StartsWith("404", answers[0], StringComparison.Ordinal);
        Assert.Equal(answers[1], answers[0]);
    }

    // The detail names the id asked for; everything else must be the same.
    private static string Normalised(string body, string id) =>
        System.Text.RegularExpressions.Regex.Replace(body.Replace(id, "ID", StringComparison.Ordinal), "\"traceId\":\"[^\"]*\"", string.Empty);
}
