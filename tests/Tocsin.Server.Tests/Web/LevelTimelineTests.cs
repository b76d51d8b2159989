using AngleSharp.Dom;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Server.Web.Components.Timeline;

namespace Tocsin.Server.Tests.Web;

public sealed class LevelTimelineTests
{
    private static readonly AlertScheme Vigipirate = PlanCatalogue.Default.FindScheme("vigipirate")!;
    private static readonly Guid Raised = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Lowered = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private static readonly IReadOnlyList<TimelineSegment> History =
    [
        new(At("2026-01-01T00:00:00Z"), At("2026-01-10T13:00:00Z"), Vigipirate.FindLevel("vigilance")!, null),
        new(At("2026-01-10T13:00:00Z"), At("2026-02-01T08:30:00Z"), Vigipirate.FindLevel("urgence-attentat")!, Raised),
        new(At("2026-02-01T08:30:00Z"), At("2026-03-01T00:00:00Z"), Vigipirate.FindLevel("securite-renforcee-risque-attentat")!, Lowered),
    ];

    [Fact]
    public async Task Each_change_in_the_chart_links_to_its_alert_message()
    {
        var html = await RenderAsync(History);

        var links = html.QuerySelectorAll("svg a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal([$"/feeds/cap/{Raised}.xml", $"/feeds/cap/{Lowered}.xml"], links);
    }

    [Fact]
    public async Task The_table_lists_every_segment_newest_first_with_level_names_in_text()
    {
        var html = await RenderAsync(History);

        var levels = html.QuerySelectorAll("tbody tr").Select(tr => tr.Children[2].TextContent.Trim()).ToList();

        Assert.Equal(["Sécurité renforcée – risque attentat", "Urgence attentat", "Vigilance (niveau de base)"], levels);
    }

    [Fact]
    public async Task Times_are_shown_in_the_territory_zone()
    {
        var html = await RenderAsync(History, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

        var raisedAt = html.QuerySelectorAll("tbody tr")[1].Children[0].TextContent;

        Assert.Equal("2026-01-10 14:00", raisedAt);
    }

    [Fact]
    public async Task The_chart_is_titled_and_described_for_assistive_technology()
    {
        var html = await RenderAsync(History);
        var svg = html.QuerySelector("svg")!;

        var title = html.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent;
        var description = html.GetElementById(svg.GetAttribute("aria-describedby")!)!.TextContent;

        Assert.Equal(("Historique des niveaux – Paris", "2 changements de niveau du 2026-01-01 00:00 au 2026-03-01 00:00."), (title, description));
    }

    [Fact]
    public async Task A_higher_level_is_drawn_higher()
    {
        var html = await RenderAsync(History);

        var heights = html.QuerySelectorAll("svg circle").Select(c => double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.True(heights[0] < heights[1], string.Join(", ", heights));
    }

    [Fact]
    public async Task Levels_are_coloured_by_class_and_nothing_is_styled_inline()
    {
        var html = await RenderAsync(History);

        Assert.Equal((0, 3), (html.QuerySelectorAll("[style]").Length, html.QuerySelectorAll("svg rect[class~='level-vigipirate-urgence-attentat'], svg rect[class~='level-vigipirate-vigilance'], svg rect[class~='level-vigipirate-securite-renforcee-risque-attentat']").Length));
    }

    [Fact]
    public async Task The_level_in_force_now_reads_as_ongoing()
    {
        var html = await RenderAsync(History);

        Assert.Equal("en cours", html.QuerySelectorAll("tbody tr")[0].Children[1].TextContent);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static Task<IDocument> RenderAsync(IReadOnlyList<TimelineSegment> segments, TimeZoneInfo? zone = null) =>
        ComponentHtml.ParseAsync<LevelTimeline>(new()
        {
            [nameof(LevelTimeline.Scheme)] = Vigipirate,
            [nameof(LevelTimeline.Segments)] = segments,
            [nameof(LevelTimeline.TerritoryName)] = "Paris",
            [nameof(LevelTimeline.Language)] = "fr",
            [nameof(LevelTimeline.TimeZone)] = zone,
            [nameof(LevelTimeline.ChangeHref)] = (Func<TimelineSegment, string?>)(s => $"/feeds/cap/{s.DecisionId}.xml"),
        });
}
