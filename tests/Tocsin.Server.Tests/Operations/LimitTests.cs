using System.Net;
using System.Text;
using Tocsin.Server.Tests.Plan;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Operations;

/// <summary>Each request limit answers with its status and a clear body, and changes nothing (docs/operations.md "Limits").</summary>
public sealed class LimitTests(LimitTests.LimitedApp limited) : IClassFixture<LimitTests.LimitedApp>
{
    /// <summary>A server with small limits, so that tests can pass them.</summary>
    public sealed class LimitedApp() : IAsyncDisposable
    {
        public TocsinApp App { get; } = TocsinApp.WithSettings(
            new("Tocsin:Limits:MaxRequestBodyBytes", "4096"),
            new("Tocsin:Limits:MaxJsonDepth", "8"),
            new("Tocsin:Limits:MaxJsonStringBytes", "1000"),
            new("Tocsin:Limits:MaxJsonArrayLength", "20"),
            new("Tocsin:Taxii:MaxObjectsPerEnvelope", "2"));

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private TocsinApp App => limited.App;

    public static TheoryData<string, string, int> JsonBodies => new()
    {
        { Json("authority", new string('x', 5000)), "body-too-large", 413 },
        { Json("rationale", new string('x', 1001)), "json-string-too-long", 413 },
        { Json("territories", "[" + string.Join(',', Enumerable.Repeat("\"FRA-D75\"", 21)) + "]", raw: true), "json-array-too-long", 413 },
        { Json("extra", new string('[', 9) + new string(']', 9), raw: true), "json-too-deep", 400 },
    };

    [Theory]
    [MemberData(nameof(JsonBodies))]
    public async Task A_json_body_over_a_limit_is_refused_with_a_problem_and_nothing_is_stored(string body, string code, int status)
    {
        var (analyst, _) = await App.PlanClientsAsync();
        var before = await App.PlanCountsAsync();

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var problem = await HttpAssert.StatusAsync((HttpStatusCode)status, await analyst.PostAsync(new Uri("/api/v1/decisions", UriKind.Relative), content, PlanHttp.Ct),
            "application/problem+json");

        Assert.Equal((code, before), (PlanHttp.Code(problem), await App.PlanCountsAsync()));
    }

    // A member the endpoint does not read is skipped by the deserialiser without its bytes being checked.
    [Fact]
    public async Task A_json_body_that_is_not_utf8_is_refused_even_in_a_member_nobody_reads()
    {
        var (analyst, _) = await App.PlanClientsAsync();
        var before = await App.PlanCountsAsync();
        var json = Encoding.UTF8.GetBytes(Json("extra", "__bad__"));
        var at = json.AsSpan().IndexOf("__bad__"u8);
        byte[] body = [.. json[..at], 0xFF, 0xFE, .. json[(at + "__bad__".Length)..]];

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        var problem = await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, await analyst.PostAsync(new Uri("/api/v1/decisions", UriKind.Relative), content, PlanHttp.Ct),
            "application/problem+json");

        Assert.Equal(("json-not-utf8", before), (PlanHttp.Code(problem), await App.PlanCountsAsync()));
    }

    [Fact]
    public async Task A_body_within_the_limits_is_served()
    {
        var (analyst, _) = await App.PlanClientsAsync();

        using var content = new StringContent(Json("rationale", "Menace évaluée."), Encoding.UTF8, "application/json");
        var response = await analyst.PostAsync(new Uri("/api/v1/decisions", UriKind.Relative), content, PlanHttp.Ct);

        await HttpAssert.StatusAsync(HttpStatusCode.Created, response, "application/json");
    }

    [Fact]
    public async Task An_envelope_with_more_objects_than_allowed_is_refused_with_a_taxii_error_and_nothing_is_stored()
    {
        var (client, collection, _) = await Taxii.Taxii.UserWithCollectionAsync(App, CollectionRights.Read | CollectionRights.Write);
        var objects = Enumerable.Range(0, 3).Select(_ => StixJson.Identity().ToJson()).ToArray();

        var error = await Taxii.Taxii.ErrorAsync(HttpStatusCode.RequestEntityTooLarge,
            await client.PostAsync(Taxii.Taxii.Objects(collection), Taxii.Taxii.Envelope(objects), PlanHttp.Ct));

        Assert.Equal(("too-many-objects", 0L), (error.GetProperty("error_code").GetString(), await App.CountObjectsAsync(collection.Alias)));
    }

    // A valid proposal with one member replaced (a string, or raw JSON).
    internal static string Json(string member, string value, bool raw = false)
    {
        var proposal = System.Text.Json.JsonSerializer.Serialize(PlanRequests.Proposal("urgence-attentat", "FRA-D75").With(member, "__value__"));
        return proposal.Replace("\"__value__\"", raw ? value : System.Text.Json.JsonSerializer.Serialize(value), StringComparison.Ordinal);
    }
}
