using System.Net;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Measures;

namespace Tocsin.Server.Tests.Postures;

/// <summary>The public page lists the public measures of the posture in force on the territory, never a restricted
/// one, and the level's default list where no posture is in force.</summary>
public sealed class PublicPostureMeasuresTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    private static readonly MeasureCatalogue Catalogue = PlanCatalogue.Default.MeasuresOf("vigipirate");
    private static readonly Measure Chosen = Catalogue.Measures.Last(m => m.IsPublic);
    private static readonly Measure Restricted = Catalogue.Measures.First(m => !m.IsPublic);
    private static readonly Measure DefaultOnly = Catalogue.ActiveAt("vigilance", publicOnly: true).Value.First(m => m.Id != Chosen.Id);

    [Fact]
    public async Task The_territory_page_shows_only_the_public_measures_of_its_posture()
    {
        var (analyst, approver) = await app.PlanClientsAsync();
        var proposal = PostureHttp.Proposal("2020-01-01T00:00:00Z", null)
            .With("territories", new[] { "FRA-D64" })
            .With("measures", new object[] { new { id = Chosen.Id, territories = new[] { "FRA-D64" } }, new { id = Restricted.Id, territories = new[] { "FRA-D64" } } });
        var id = await analyst.ProposedPostureIdAsync(proposal);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await approver.ActOnPostureAsync(id, "approve"));
        using var anonymous = app.CreateClient();

        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await anonymous.GetPathAsync("/en/levels/vigipirate/FRA-D64"), "text/html");
        var elsewhere = await HttpAssert.StatusAsync(HttpStatusCode.OK, await anonymous.GetPathAsync("/en/levels/vigipirate/FRA-D65"), "text/html");

        Assert.Contains(Html(Chosen.Titles["en"]), page, StringComparison.Ordinal);
        Assert.DoesNotContain(Html(Restricted.Titles["en"]), page, StringComparison.Ordinal);
        Assert.DoesNotContain(Html(DefaultOnly.Titles["en"]), page, StringComparison.Ordinal);
        Assert.Contains(Html(DefaultOnly.Titles["en"]), elsewhere, StringComparison.Ordinal);
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
