using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Reads;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Picture;

/// <summary>The incident API (docs/analyst-workspace.md): each filter, paging, the detail with its attribution view,
/// and the clearance rule — an incident, an assertion or a report above the reader's clearance is absent from every
/// answer, and a withheld incident is answered exactly like an unknown id; classified reads are on the record.</summary>
public sealed class IncidentApiTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_list_shows_only_the_incidents_the_reader_is_cleared_for()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var low = await IdsAsync(scenario.Low, $"attackType={scenario.Tag}");
        var high = await IdsAsync(scenario.High, $"attackType={scenario.Tag}");

        Assert.Equal([scenario.Attack, scenario.Plot], low);
        Assert.Equal([scenario.Attack, scenario.SecretIncident, scenario.Plot], high);
    }

    [Theory]
    [InlineData("from=2024-03-01", "Attack")]
    [InlineData("to=2024-01-31", "Plot")]
    [InlineData("from=2024-01-10T00:00:00Z&to=2024-01-10", "Plot")]
    [InlineData("outcome=completed", "Attack")]
    [InlineData("outcome=foiled", "Plot")]
    [InlineData("outcome=attempted", "")]
    [InlineData("place={PlaceName}", "Attack")]
    [InlineData("place=paris", "Attack")]
    [InlineData("place={Place}", "Attack")]
    [InlineData("actor={ActorAlias}", "Attack,Plot")]
    [InlineData("actor={Actor}", "Attack,Plot")]
    [InlineData("actor=nobody-at-all", "")]
    public async Task Each_filter_keeps_only_the_matching_incidents(string query, string expected)
    {
        var scenario = await PictureScenario.CreateAsync(app);
        var filled = query.Replace("{PlaceName}", Uri.EscapeDataString(scenario.PlaceName), StringComparison.Ordinal)
            .Replace("{Place}", scenario.Place, StringComparison.Ordinal)
            .Replace("{ActorAlias}", Uri.EscapeDataString(scenario.ActorAlias), StringComparison.Ordinal)
            .Replace("{Actor}", scenario.Actor, StringComparison.Ordinal);

        var ids = await IdsAsync(scenario.Low, $"attackType={scenario.Tag}&{filled}");

        Assert.Equal(Named(scenario, expected), ids);
    }

    [Fact]
    public async Task The_marking_filter_finds_a_classified_incident_only_for_a_reader_cleared_for_it()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var high = await IdsAsync(scenario.High, $"attackType={scenario.Tag}&marking={scenario.Secret}");
        var low = await IdsAsync(scenario.Low, $"attackType={scenario.Tag}&marking={scenario.Secret}");

        Assert.Equal([scenario.SecretIncident], high);
        Assert.Empty(low);
    }

    [Fact]
    public async Task Pages_follow_one_another_with_next_until_more_is_false()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var first = await GetAsync(scenario.High, $"/api/v1/incidents?attackType={scenario.Tag}&limit=2");
        var next = first.GetProperty("next").GetString()!;
        var second = await GetAsync(scenario.High, $"/api/v1/incidents?attackType={scenario.Tag}&limit=2&next={Uri.EscapeDataString(next)}");

        Assert.True(first.GetProperty("more").GetBoolean());
        Assert.Equal([scenario.Attack, scenario.SecretIncident], Ids(first));
        Assert.False(second.GetProperty("more").GetBoolean());
        Assert.Equal([scenario.Plot], Ids(second));
    }

    [Theory]
    [InlineData("outcome=won", "outcome")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2024-13-01", "to")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("next=not-a-cursor!", "next")]
    public async Task A_bad_filter_is_a_400_problem_naming_it(string query, string parameter)
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var response = await scenario.Low.GetAsync(new Uri("/api/v1/incidents?" + query, UriKind.Relative), Ct);
        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response, "application/problem+json")).RootElement;

        Assert.Equal("picture-filter-invalid", problem.GetProperty("code").GetString());
        Assert.StartsWith(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_shows_facts_place_reports_and_the_attribution_with_grades_and_opinions()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var detail = await GetAsync(scenario.Low, $"/api/v1/incidents/{scenario.Attack}");
        var row = Assert.Single(detail.GetProperty("attribution").EnumerateArray());

        Assert.Equal("completed", detail.GetProperty("summary").GetProperty("outcome").GetString());
        Assert.Equal(3, detail.GetProperty("summary").GetProperty("killed").GetInt32());
        Assert.Equal(48.85, detail.GetProperty("places")[0].GetProperty("latitude").GetDouble());
        Assert.Equal([scenario.Report], detail.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(scenario.Claim, row.GetProperty("relationshipId").GetString());
        Assert.Equal(("claim", "B2", 70, "Speaker"), (row.GetProperty("basis").GetString(), row.GetProperty("grade").GetString(),
            row.GetProperty("confidence").GetInt32(), row.GetProperty("assertedBy").GetProperty("name").GetString()));
        Assert.Equal("agree", row.GetProperty("opinions")[0].GetProperty("opinion").GetString());
    }

    [Fact]
    public async Task A_cleared_reader_sees_the_classified_assertion_and_report_too()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var detail = await GetAsync(scenario.High, $"/api/v1/incidents/{scenario.Attack}");

        // Both assertions were made at the same time: the view orders them by id then.
        Assert.Equal(new[] { scenario.Claim, scenario.SecretAssertion }.Order(StringComparer.Ordinal),
            detail.GetProperty("attribution").EnumerateArray().Select(r => r.GetProperty("relationshipId").GetString()));
        Assert.Equal([scenario.Report, scenario.SecretReport], detail.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_withheld_incident_is_answered_exactly_like_an_unknown_id()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        var withheld = await scenario.Low.GetAsync(new Uri($"/api/v1/incidents/{scenario.SecretIncident}", UriKind.Relative), Ct);
        var unknown = await scenario.Low.GetAsync(new Uri($"/api/v1/incidents/incident--{Guid.NewGuid():D}", UriKind.Relative), Ct);

        Assert.Equal(WithoutTrace(await HttpAssert.StatusAsync(HttpStatusCode.NotFound, unknown, "application/problem+json")),
            WithoutTrace(await HttpAssert.StatusAsync(HttpStatusCode.NotFound, withheld, "application/problem+json")));
    }

    [Fact]
    public async Task A_classified_incident_read_is_on_the_record_through_the_api()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        await GetAsync(scenario.High, $"/api/v1/incidents/{scenario.SecretIncident}");

        var store = app.Services.GetRequiredService<ITocsinStore>();
        var rows = (await store.Reads.QueryAsync(new ReadLogQuery { Principal = scenario.HighName, Limit = 100 }, Ct)).Value.Items;
        Assert.Contains(rows, r => r.ObjectId == scenario.SecretIncident && r.Path == ReadPaths.Api);
    }

    [Fact]
    public async Task An_unclassified_incident_read_is_not_recorded()
    {
        var scenario = await PictureScenario.CreateAsync(app);

        await GetAsync(scenario.Low, $"/api/v1/incidents/{scenario.Plot}");

        var store = app.Services.GetRequiredService<ITocsinStore>();
        var rows = (await store.Reads.QueryAsync(new ReadLogQuery { ObjectId = scenario.Plot, Limit = 100 }, Ct)).Value.Items;
        Assert.Empty(rows);
    }

    [Theory]
    [InlineData(Role.WatchOfficer)]
    [InlineData(Role.Approver)]
    public async Task Staff_outside_the_analyst_workspace_are_refused(Role role)
    {
        var name = Some.Alias("other");
        await app.AddUserAsync(name, role, PictureScenario.Password);
        using var client = app.CreateClient(name, PictureScenario.Password);

        foreach (var path in new[] { "/api/v1/incidents", $"/api/v1/incidents/incident--{Guid.NewGuid():D}", "/api/v1/actors", $"/api/v1/actors/threat-actor--{Guid.NewGuid():D}" })
        {
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync(new Uri(path, UriKind.Relative), Ct));
        }
    }

    [Fact]
    public async Task A_partner_and_an_anonymous_caller_are_refused()
    {
        var name = Some.Alias("partner");
        await app.AddPartnerWithPasswordAsync(name, PictureScenario.Password);
        using var partner = app.CreateClient(name, PictureScenario.Password);
        using var anonymous = app.CreateClient();

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await partner.GetAsync(new Uri("/api/v1/incidents", UriKind.Relative), Ct));
        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, await anonymous.GetAsync(new Uri("/api/v1/incidents", UriKind.Relative), Ct));
    }

    private static IReadOnlyList<string> Named(PictureScenario scenario, string names) =>
        [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => n switch
        {
            "Attack" => scenario.Attack,
            "Plot" => scenario.Plot,
            _ => throw new ArgumentOutOfRangeException(nameof(names), n, "Not an incident of the scenario."),
        })];

    private static async Task<IReadOnlyList<string>> IdsAsync(HttpClient client, string query) =>
        Ids(await GetAsync(client, "/api/v1/incidents?" + query));

    private static IReadOnlyList<string> Ids(JsonElement page) =>
        [.. page.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    // The trace id names the request, not the answer: everything else must be the same, word for word.
    private static string WithoutTrace(string problem)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(problem)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path) =>
        JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync(new Uri(path, UriKind.Relative), Ct))).RootElement;
}
