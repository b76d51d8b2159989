using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Picture;

/// <summary>A small picture of its own inside the shared test server, tagged by a unique attack type so that a list
/// filtered by it sees only this scenario: two plain incidents (a completed attack at a located place attributed to an
/// actor by a graded claim, with an opinion on it; a foiled plot in January) and one SECRET incident; a SECRET second
/// assertion and a SECRET report on the plain attack; a SECRET actor. Readers: one at the lowest level, one cleared
/// TRÈS SECRET.</summary>
internal sealed class PictureScenario
{
    public const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    public const string Password = "correct horse";

    private PictureScenario(string tag)
    {
        Tag = tag;
    }

    public string Tag { get; }

    public string Secret { get; private set; } = string.Empty;

    public string Attack { get; } = New("incident");

    public string Plot { get; } = New("incident");

    public string SecretIncident { get; } = New("incident");

    public string Place { get; } = New("location");

    public string PlaceName { get; } = "Salle " + Some.Alias("place");

    public string Actor { get; } = New("threat-actor");

    public string ActorAlias { get; } = "État-" + Some.Alias("alias");

    public string Branch { get; } = New("threat-actor");

    public string SecretActor { get; } = New("threat-actor");

    public string Speaker { get; } = New("identity");

    public string Claim { get; } = New("relationship");

    public string SecretAssertion { get; } = New("relationship");

    public string Report { get; } = New("report");

    public string SecretReport { get; } = New("report");

    public string Opinion { get; } = New("opinion");

    public HttpClient Low { get; private set; } = default!;

    public string HighName { get; private set; } = string.Empty;

    public HttpClient High { get; private set; } = default!;

    public static async Task<PictureScenario> CreateAsync(TocsinApp app)
    {
        var scenario = new PictureScenario(Some.Alias("tag"));
        await app.SetOrganisationAsync(Ours);
        await app.EnsureCollectionAsync("picture");
        var adminName = Some.Alias("admin");
        await app.AddUserAsync(adminName, Role.Admin, Password);
        using var admin = app.CreateClient(adminName, Password);
        scenario.Secret = await MarkingAsync(admin, new { classification = "SECRET", collections = new[] { "picture" } });
        await app.SeedObjectsAsync("picture", scenario.Objects());
        var lowName = Some.Alias("low");
        await app.AddUserAsync(lowName, Role.Analyst, Password);
        scenario.Low = app.CreateClient(lowName, Password);
        scenario.HighName = Some.Alias("high");
        await app.AddUserAsync(scenario.HighName, Role.Analyst, Password);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PutAsJsonAsync(
            new Uri($"/api/v1/users/{scenario.HighName}/clearance", UriKind.Relative), new { level = "TRÈS SECRET", compartments = Array.Empty<string>() }, Ct));
        scenario.High = app.CreateClient(scenario.HighName, Password);
        return scenario;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string New(string type) => $"{type}--{Guid.NewGuid():D}";

    private string[] Objects() =>
    [
        Stix("location", Place, $"\"name\":\"{PlaceName}\",\"latitude\":48.85,\"longitude\":2.35,\"country\":\"FR\",\"city\":\"Paris\""),
        Stix("identity", Speaker, "\"name\":\"Speaker\",\"identity_class\":\"organization\""),
        Stix("threat-actor", Actor, $"\"name\":\"Actor {Tag}\",\"aliases\":[\"{ActorAlias}\"],\"threat_actor_types\":[\"terrorist\"],\"external_references\":[{{\"source_name\":\"UN list\",\"external_id\":\"QDe.161\"}}]"),
        Stix("threat-actor", Branch, $"\"name\":\"Branch {Tag}\""),
        Stix("threat-actor", SecretActor, $"\"name\":\"Hidden {Tag}\"", Secret),
        Relationship(New("relationship"), "related-to", Branch, Actor, string.Empty),
        Incident(Attack, "successful-attempt", "\"started_at\":\"2024-03-22T17:00:00.000Z\",\"killed\":3,\"injured\":5,\"weapons\":[\"firearms\"]", string.Empty),
        Incident(Plot, "blocked", string.Empty, ",\"first_seen\":\"2024-01-10T00:00:00Z\""),
        Incident(SecretIncident, "successful-attempt", "\"started_at\":\"2024-02-01T00:00:00.000Z\"", string.Empty, Secret),
        Relationship(New("relationship"), "located-at", Attack, Place, string.Empty),
        Relationship(Claim, "attributed-to", Attack, Actor, Assertion("claim", "B", 2, 70, Report)),
        Relationship(SecretAssertion, "attributed-to", Attack, Actor, Assertion("assessment", "C", 3, 50, null), Secret),
        Relationship(New("relationship"), "attributed-to", Plot, Actor, Assertion("assessment", "B", 2, 70, null)),
        Stix("report", Report, $"\"name\":\"Report {Tag}\",\"published\":\"2024-03-23T00:00:00Z\",\"object_refs\":[\"{Attack}\"]"),
        Stix("report", SecretReport, $"\"name\":\"Secret report {Tag}\",\"published\":\"2024-03-24T00:00:00Z\",\"object_refs\":[\"{Attack}\"]", Secret),
        Stix("opinion", Opinion, $"\"opinion\":\"agree\",\"authors\":[\"Desk officer\"],\"explanation\":\"Fits the footage.\",\"object_refs\":[\"{Claim}\"]"),
    ];

    private string Incident(string id, string determination, string terrorism, string extra, params string[] markings)
    {
        var tocsin = $"\"extension_type\":\"property-extension\",\"attack_types\":[\"{Tag}\"]" + (terrorism.Length > 0 ? "," + terrorism : string.Empty);
        return Stix("incident", id, $"\"name\":\"Incident {Tag}\",\"extensions\":{{" +
            $"\"extension-definition--ef765651-680c-498d-9894-99799f2fa126\":{{\"extension_type\":\"property-extension\",\"determination\":\"{determination}\",\"investigation_status\":\"open\"}}," +
            $"\"extension-definition--8797ff91-b8a6-4a68-a2fe-22be61b855be\":{{{tocsin}}}}}{extra}", markings);
    }

    private string Assertion(string basis, string reliability, int credibility, int confidence, string? report) =>
        $",\"confidence\":{confidence},\"extensions\":{{\"extension-definition--8b07da4d-51da-4cd7-9991-5a8cb9038146\":{{\"extension_type\":\"property-extension\"," +
        $"\"asserted_by_ref\":\"{Speaker}\",\"basis\":\"{basis}\",\"asserted_at\":\"2024-03-23T12:00:00.000Z\"," +
        (report is null ? string.Empty : $"\"report_ref\":\"{report}\",") +
        $"\"source_reliability\":\"{reliability}\",\"information_credibility\":{credibility}}}}}";

    private static string Relationship(string id, string type, string source, string target, string extra, params string[] markings) =>
        Stix("relationship", id, $"\"relationship_type\":\"{type}\",\"source_ref\":\"{source}\",\"target_ref\":\"{target}\"{extra}", markings);

    private static string Stix(string type, string id, string properties, params string[] markings) =>
        $"{{\"type\":\"{type}\",\"spec_version\":\"2.1\",\"id\":\"{id}\",\"created_by_ref\":\"{Ours}\",\"created\":\"2024-03-22T18:00:00.000Z\"," +
        $"\"modified\":\"2024-03-22T18:00:00.000Z\",{properties}" +
        (markings.Length == 0 ? string.Empty : ",\"object_marking_refs\":[" + string.Join(',', markings.Select(m => $"\"{m}\"")) + "]") + "}";

    private static async Task<string> MarkingAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync(new Uri("/api/v1/markings", UriKind.Relative), body, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return created.GetProperty("id").GetString()!;
    }
}
