using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Audit;
using Tocsin.Core.Principals;
using Tocsin.Testing;
using static Tocsin.Server.Tests.Taxii.Taxii;

namespace Tocsin.Server.Tests.Classification;

/// <summary>The classification API: markings created by an administrator, clearances granted and revoked (audited),
/// every bad input a problem that writes nothing, and whoami showing the caller's own clearance.</summary>
public sealed class ClassificationEndpointTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private const string Password = "correct horse";

    [Fact]
    public async Task An_administrator_creates_a_marking_once_and_gets_the_same_one_again()
    {
        using var admin = await UserAsync(Role.Admin);

        var first = await admin.PostAsJsonAsync(Url("/api/v1/markings"), new { classification = "secret" }, Ct);
        var again = await admin.PostAsJsonAsync(Url("/api/v1/markings"), new { classification = "SECRET" }, Ct);

        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, first)).RootElement;
        var existing = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, again)).RootElement;
        Assert.Equal("classification", created.GetProperty("kind").GetString());
        Assert.Equal("SECRET", created.GetProperty("name").GetString());
        Assert.Equal(created.GetProperty("id").GetString(), existing.GetProperty("id").GetString());
        var listed = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url("/api/v1/markings"), Ct))).RootElement;
        Assert.Contains(listed.EnumerateArray(), m => m.GetProperty("id").GetString() == created.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{\"classification\":\"COSMIC TOP SECRET\"}", "classification-level-unknown")]
    [InlineData("{\"caveat\":\"EYES ONLY MARS\"}", "caveat-unknown")]
    [InlineData("{\"compartment\":\"op/nord\"}", "compartment-name-invalid")]
    [InlineData("{\"compartment\":\"\"}", "compartment-name-invalid")]
    [InlineData("{\"classification\":\"SECRET\",\"caveat\":\"ORCON\"}", "marking-kind-invalid")]
    [InlineData("{}", "marking-kind-invalid")]
    public async Task A_bad_marking_is_a_422_problem_and_writes_nothing(string body, string code)
    {
        using var admin = await UserAsync(Role.Admin);
        var before = await app.AuditSequenceAsync();

        var response = await admin.PostAsync(Url("/api/v1/markings"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json")).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(before, await app.AuditSequenceAsync());
    }

    [Fact]
    public async Task An_unknown_collection_is_a_404_problem_and_writes_nothing()
    {
        using var admin = await UserAsync(Role.Admin);
        var before = await app.AuditSequenceAsync();

        var response = await admin.PostAsJsonAsync(Url("/api/v1/markings"), new { caveat = "ORCON", collections = new[] { "no-such-collection" } }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await app.AuditSequenceAsync());
    }

    [Fact]
    public async Task Only_an_administrator_creates_markings_or_sets_clearances()
    {
        using var analyst = await UserAsync(Role.Analyst);
        var before = await app.AuditSequenceAsync();

        var marking = await analyst.PostAsJsonAsync(Url("/api/v1/markings"), new { caveat = "ORCON" }, Ct);
        var clearance = await analyst.PutAsJsonAsync(Url("/api/v1/users/someone/clearance"), new { level = "SECRET" }, Ct);
        var read = await analyst.GetAsync(Url("/api/v1/users/someone/clearance"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, marking.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clearance.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(before, await app.AuditSequenceAsync());
    }

    [Fact]
    public async Task A_clearance_is_granted_shown_revoked_and_audited()
    {
        using var admin = await UserAsync(Role.Admin);
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync(Url("/api/v1/markings"), new { compartment = "Op Sud" }, Ct));
        var name = Some.Alias("analyst");
        await app.AddUserAsync(name, Role.Analyst, Password);
        using var analyst = app.CreateClient(name, Password);
        var before = await app.AuditSequenceAsync();

        var initial = await ClearanceAsync(admin, name);
        var granted = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PutAsJsonAsync(
            Url($"/api/v1/users/{name}/clearance"), new { level = "secret", compartments = new[] { "op sud" } }, Ct))).RootElement;
        var whoami = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetAsync(Url("/api/v1/whoami"), Ct))).RootElement;
        var revoked = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await admin.DeleteAsync(Url($"/api/v1/users/{name}/clearance"), Ct))).RootElement;

        Assert.Equal("NON PROTÉGÉ", initial.GetProperty("level").GetString());
        Assert.Equal(0, initial.GetProperty("revision").GetInt64());
        Assert.Equal("SECRET", granted.GetProperty("level").GetString());
        Assert.Equal(["OP SUD"], granted.GetProperty("compartments").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("SECRET", whoami.GetProperty("clearance").GetProperty("level").GetString());
        Assert.Equal("OP SUD", whoami.GetProperty("clearance").GetProperty("compartments")[0].GetString());
        Assert.Equal("NON PROTÉGÉ", revoked.GetProperty("level").GetString());
        Assert.Equal(2, revoked.GetProperty("revision").GetInt64());
        var changes = await ClearanceChangesAfterAsync(before);
        Assert.Equal(2, changes.Count);
        using var details = JsonDocument.Parse(changes[1].Details);
        Assert.Equal("SECRET", details.RootElement.GetProperty("before").GetProperty("level").GetString());
        Assert.Equal("NON PROTÉGÉ", details.RootElement.GetProperty("after").GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("{\"level\":\"COSMIC\"}", "classification-level-unknown")]
    [InlineData("{\"level\":\"SECRET\",\"compartments\":[\"NEVER CREATED\"]}", "compartment-unknown")]
    [InlineData("{\"level\":\"SECRET\",\"compartments\":[\"bad/name\"]}", "compartment-name-invalid")]
    public async Task A_bad_clearance_is_a_422_problem_and_writes_nothing(string body, string code)
    {
        using var admin = await UserAsync(Role.Admin);
        var name = Some.Alias("analyst");
        await app.AddUserAsync(name, Role.Analyst, Password);
        var before = await app.AuditSequenceAsync();

        var response = await admin.PutAsync(Url($"/api/v1/users/{name}/clearance"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        var problem = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, response, "application/problem+json")).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(before, await app.AuditSequenceAsync());
        Assert.Equal("NON PROTÉGÉ", (await ClearanceAsync(admin, name)).GetProperty("level").GetString());
    }

    [Fact]
    public async Task A_partner_and_an_unknown_name_get_404()
    {
        using var admin = await UserAsync(Role.Admin);
        var partner = Some.Alias("partner");
        await app.AddPartnerWithPasswordAsync(partner, Password);
        var before = await app.AuditSequenceAsync();

        var toPartner = await admin.PutAsJsonAsync(Url($"/api/v1/users/{partner}/clearance"), new { level = "SECRET" }, Ct);
        var toNobody = await admin.PutAsJsonAsync(Url($"/api/v1/users/{Some.Alias("nobody")}/clearance"), new { level = "SECRET" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, toPartner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toNobody.StatusCode);
        Assert.Equal(before, await app.AuditSequenceAsync());
    }

    private async Task<HttpClient> UserAsync(Role role)
    {
        await app.EnsureCollectionAsync("picture");
        var name = Some.Alias(role.ToString().ToLowerInvariant());
        await app.AddUserAsync(name, role, Password);
        return app.CreateClient(name, Password);
    }

    private static async Task<JsonElement> ClearanceAsync(HttpClient admin, string name) =>
        JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(Url($"/api/v1/users/{name}/clearance"), Ct))).RootElement;

    private async Task<List<AuditEntry>> ClearanceChangesAfterAsync(long sequence)
    {
        var store = (Tocsin.Storage.ITocsinStore)app.Services.GetService(typeof(Tocsin.Storage.ITocsinStore))!;
        var entries = new List<AuditEntry>();
        await foreach (var entry in store.Audit.ReadAsync(sequence + 1, 1000, Ct))
        {
            if (entry.Action == AuditActions.ClearanceChange)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
