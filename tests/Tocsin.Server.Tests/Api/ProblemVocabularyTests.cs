using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Api;

/// <summary>One JSON error vocabulary: the same kind of refusal has the same status, <c>type</c> and <c>title</c>
/// in every area; only <c>code</c> and <c>detail</c> say which rule it was.</summary>
public sealed class ProblemVocabularyTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> StaffAsync()
    {
        var name = Some.Alias("staff");
        await app.AddUserAsync(name, [Role.Admin, Role.Analyst], "correct horse");
        return app.CreateClient(name, "correct horse");
    }

    private static async Task<(HttpStatusCode Status, string Type, string Title, string Code)> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return (response.StatusCode, problem.GetProperty("type").GetString()!, problem.GetProperty("title").GetString()!, problem.GetProperty("code").GetString()!);
    }

    [Fact]
    public async Task Not_found_is_the_same_problem_in_every_area()
    {
        using var staff = await StaffAsync();
        var answers = new[]
        {
            await ProblemAsync(await staff.GetAsync(new Uri($"/api/v1/decisions/{Guid.NewGuid()}", UriKind.Relative), Ct)),
            await ProblemAsync(await staff.GetAsync(new Uri($"/api/v1/drafts/{Guid.NewGuid()}", UriKind.Relative), Ct)),
            await ProblemAsync(await staff.GetAsync(new Uri("/api/v1/partners/nobody-here", UriKind.Relative), Ct)),
            await ProblemAsync(await staff.DeleteAsync(new Uri($"/api/v1/subscribers/{Guid.NewGuid()}", UriKind.Relative), Ct)),
            await ProblemAsync(await staff.GetAsync(new Uri("/api/v1/schemes/no-such-scheme", UriKind.Relative), Ct)),
        };

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.NotFound, "urn:tocsin:problem:not-found", "Not found"), (a.Status, a.Type, a.Title)));
    }

    [Fact]
    public async Task A_rule_broken_by_a_body_is_the_same_problem_in_every_area()
    {
        using var staff = await StaffAsync();
        var answers = new[]
        {
            await ProblemAsync(await staff.PostAsJsonAsync(new Uri("/api/v1/decisions", UriKind.Relative), new Dictionary<string, object?>(Plan.PlanRequests.Proposal()) { ["level"] = "alerte-rouge" }, Ct)),
            await ProblemAsync(await staff.PostAsJsonAsync(new Uri("/api/v1/partners", UriKind.Relative), new { name = Some.Alias("p"), country = "Germany", ceiling = "amber" }, Ct)),
            await ProblemAsync(await staff.PostAsJsonAsync(new Uri("/api/v1/subscribers", UriKind.Relative), new { name = Some.Alias("s"), url = "ftp://203.0.113.7/hook" }, Ct)),
            await ProblemAsync(await staff.PostAsJsonAsync(new Uri("/api/v1/tearlines", UriKind.Relative), new { objectId = $"indicator--{Guid.NewGuid()}", collection = "picture", release = "pink" }, Ct)),
        };

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.UnprocessableEntity, "urn:tocsin:problem:invalid", "The request breaks a rule"), (a.Status, a.Type, a.Title)));
        Assert.Equal(["unknown-level", "partner-country-invalid", "webhook-url-invalid", "unknown-tlp"], answers.Select(a => a.Code));
    }

    [Fact]
    public async Task An_unreadable_body_is_the_same_problem_in_every_area()
    {
        using var staff = await StaffAsync();
        string[] paths = ["/api/v1/decisions", "/api/v1/partners", "/api/v1/subscribers", "/api/v1/tearlines"];
        var answers = new List<(HttpStatusCode Status, string Type, string Title, string Code)>();
        foreach (var path in paths)
        {
            using var content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json");
            answers.Add(await ProblemAsync(await staff.PostAsync(new Uri(path, UriKind.Relative), content, Ct)));
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.BadRequest, "urn:tocsin:problem:malformed", "The request cannot be read"), (a.Status, a.Type, a.Title)));
    }
}
