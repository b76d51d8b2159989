using AngleSharp.Dom;
using Tocsin.Core.Plan;
using Tocsin.Server.Tests.Plan;
using Tocsin.Server.Web.Components.Places;

namespace Tocsin.Server.Tests.Web;

public sealed class PlaceLookupTests(TocsinApp app) : IClassFixture<TocsinApp>
{
    [Fact]
    public async Task Paris_is_answered_with_the_level_in_force_there()
    {
        await app.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D75"));

        var html = await RenderAsync("Paris");

        var first = html.QuerySelector(".place-lookup__results li")!;
        Assert.Equal(("/fr/territories/FRA-D75", "Urgence attentat"),
            (first.QuerySelector("a")!.GetAttribute("href"), first.QuerySelector(".place-lookup__level")!.TextContent.Trim()));
    }

    [Fact]
    public async Task Saint_Denis_lists_both_homonyms_with_their_departement()
    {
        var html = await RenderAsync("saint-denis");

        var homonyms = html.QuerySelectorAll(".place-lookup__results li")
            .Where(li => li.QuerySelector("a")!.TextContent == "Saint-Denis")
            .Select(li => li.QuerySelector(".place-lookup__territory")!.TextContent).ToList();

        Assert.Equal(["(La Réunion)", "(Seine-Saint-Denis)"], homonyms);
    }

    [Fact]
    public async Task An_empty_query_says_what_to_type_beside_the_form()
    {
        var html = await RenderAsync(" ");

        Assert.Equal("Give a place name: at least one letter or digit.", html.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Nothing_is_looked_up_before_a_name_is_given_and_the_location_button_waits_for_its_script()
    {
        var html = await RenderAsync(null);

        Assert.Equal((0, true), (html.QuerySelectorAll(".place-lookup__results, [role=alert]").Length,
            html.QuerySelector("[data-where-am-i]")!.HasAttribute("hidden")));
    }

    [Fact]
    public async Task No_match_is_said_in_words()
    {
        var html = await RenderAsync("Xyzzyville");

        Assert.Equal("Aucun lieu de ce nom.", html.QuerySelector("[role=status]")!.TextContent);
    }

    private Task<IDocument> RenderAsync(string? query) =>
        ComponentHtml.ParseAsync<PlaceLookup>(app.Services, new()
        {
            [nameof(PlaceLookup.Scheme)] = PlanCatalogue.Default.FindScheme("vigipirate"),
            [nameof(PlaceLookup.Language)] = "fr",
            [nameof(PlaceLookup.Query)] = query,
        });
}
