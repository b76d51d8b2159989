using System.Net;
using System.Text;

namespace Tocsin.Server.Tests.Postures;

/// <summary>Every bad posture proposal is a problem document naming what is wrong, and stores nothing.</summary>
public sealed class PostureRefusalTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    public static TheoryData<string, string, object?, string> BadProposals() => new()
    {
        { "unknown territory", "territories", new[] { "FRA-D999" }, "unknown-territory" },
        { "unknown level", "level", "alerte-rouge", "unknown-level" },
        { "no title in French", "titles", new Dictionary<string, string> { ["en"] = "Summer" }, "posture-title-required" },
        { "end before start", "endsAt", "2020-01-01T00:00:00Z", "posture-period" },
        { "no measures", "measures", Array.Empty<object>(), "posture-no-measures" },
        { "unknown measure", "measures", new[] { new { id = "NO-SUCH", territories = new[] { "FRA" } } }, "posture-unknown-measure" },
        { "measure without territory", "measures", new[] { new { id = PostureHttp.PublicMeasure, territories = Array.Empty<string>() } }, "posture-measure-territories" },
        { "unknown superseded posture", "supersedes", new[] { Guid.NewGuid() }, "posture-supersedes-unknown" },
    };

    [Theory]
    [MemberData(nameof(BadProposals))]
    public async Task A_bad_proposal_is_refused_with_422_and_nothing_stored(string why, string field, object? value, string code)
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var before = await app.PostureCountsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await analyst.ProposePostureAsync(PostureHttp.Proposal().With(field, value)), "application/problem+json");

        Assert.True((code, before) == (PostureHttp.Code(problem), await app.PostureCountsAsync()), why);
    }

    [Fact]
    public async Task A_proposal_without_a_start_names_the_field_and_stores_nothing()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var proposal = PostureHttp.Proposal();
        proposal.Remove("startsAt");
        var before = await app.PostureCountsAsync();

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.UnprocessableEntity, await analyst.ProposePostureAsync(proposal), "application/problem+json");

        Assert.Equal(before, await app.PostureCountsAsync());
        Assert.Contains("startsAt", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_problem_naming_the_field_and_stores_nothing()
    {
        var (analyst, _) = await app.PlanClientsAsync();
        var before = await app.PostureCountsAsync();
        using var content = new StringContent("""{"scheme": "vigipirate", "startsAt": "not a time"}""", Encoding.UTF8, "application/json");

        var problem = await HttpAssert.StatusAsync(HttpStatusCode.BadRequest,
            await analyst.PostAsync(new Uri("/api/v1/postures", UriKind.Relative), content, PostureHttp.Ct), "application/problem+json");

        Assert.Equal(before, await app.PostureCountsAsync());
        Assert.Contains("startsAt", problem, StringComparison.Ordinal);
    }
}
