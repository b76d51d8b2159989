using System.IO.Compression;
using System.Text;
using AngleSharp.Dom;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Schemes;
using Tocsin.Server.Web.Components.Map;

namespace Tocsin.Server.Tests.Web;

public sealed class TerritoryMapTests(ITestOutputHelper output)
{
    private static readonly AlertScheme Vigipirate = PlanCatalogue.Default.FindScheme("vigipirate")!;

    [Fact]
    public async Task Every_departement_is_a_link_to_its_page()
    {
        var html = await RenderAsync(Vigipirate, "fr", []);

        var hrefs = html.QuerySelectorAll("a:not([aria-hidden])").Select(a => a.GetAttribute("href")).ToList();

        var expected = PlanCatalogue.Default.TerritoriesOf(Vigipirate).Territories.Where(t => t.Id.StartsWith("FRA-D", StringComparison.Ordinal))
            .Select(t => $"/fr/territories/{t.Id}").ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), hrefs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_territory_names_itself_and_its_level_in_text_and_is_coloured_by_class()
    {
        var html = await RenderAsync(Vigipirate, "fr", new() { ["FRA-D75"] = Vigipirate.FindLevel("urgence-attentat")! });

        var paris = html.QuerySelectorAll("a:not([aria-hidden])").Single(a => a.GetAttribute("href") == "/fr/territories/FRA-D75");

        Assert.Equal(("Paris – Urgence attentat", "Paris – Urgence attentat", "territory-map__area level-vigipirate-urgence-attentat"),
            (paris.QuerySelector("title")!.TextContent, paris.GetAttribute("aria-label"), paris.QuerySelector("path")!.GetAttribute("class")));
    }

    [Fact]
    public async Task A_territory_without_a_decision_shows_the_baseline()
    {
        var html = await RenderAsync(Vigipirate, "fr", []);

        var cayenne = html.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "/fr/territories/FRA-D973");

        Assert.Equal("Guyane – Vigilance", cayenne.QuerySelector("title")!.TextContent);
    }

    [Fact]
    public async Task An_english_reader_also_reads_the_official_french_name()
    {
        var html = await RenderAsync(Vigipirate, "en", new() { ["FRA-D75"] = Vigipirate.FindLevel("urgence-attentat")! });

        var paris = html.QuerySelectorAll("a:not([aria-hidden])").Single(a => a.GetAttribute("href") == "/en/territories/FRA-D75");

        Assert.EndsWith("(Urgence attentat)", paris.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_legend_names_every_level_in_text_with_how_many_territories_have_it()
    {
        var html = await RenderAsync(Vigipirate, "fr", new() { ["FRA-D75"] = Vigipirate.FindLevel("urgence-attentat")! });

        var items = html.QuerySelectorAll("figcaption li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();

        Assert.Equal(["Vigilance (100 territoires)", "Sécurité renforcée – risque attentat (0 territoires)", "Urgence attentat (1 territoires)"], items);
    }

    [Fact]
    public async Task Nothing_is_styled_inline()
    {
        var html = await RenderAsync(Vigipirate, "fr", []);

        Assert.Empty(html.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void The_overseas_departements_are_drawn_whole_inside_their_own_insets()
    {
        var drawing = ComponentHtml.Drawings.For(PlanCatalogue.Default.TerritoriesOf(Vigipirate));
        var insets = drawing.Frames.Where(f => f.IsInset).ToList();

        var placed = drawing.Shapes.Where(s => s.TerritoryId.StartsWith("FRA-D97", StringComparison.Ordinal))
            .Select(s => (s.TerritoryId, Frame: insets.SingleOrDefault(f => SvgPathPoints.Of(s.Path).All(p => Inside(p, f)))?.Label))
            .ToList();

        Assert.Equal(
            [("FRA-D971", "Guadeloupe"), ("FRA-D972", "Martinique"), ("FRA-D973", "Guyane"), ("FRA-D974", "La Réunion"), ("FRA-D976", "Mayotte")],
            placed);
    }

    [Fact]
    public async Task Paris_and_its_inner_suburbs_are_repeated_larger_outside_the_tab_order()
    {
        var html = await RenderAsync(Vigipirate, "fr", []);

        var repeated = html.QuerySelectorAll("a[aria-hidden='true'][tabindex='-1']").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/fr/territories/FRA-D75", "/fr/territories/FRA-D92", "/fr/territories/FRA-D93", "/fr/territories/FRA-D94"], repeated);
    }

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void Every_scheme_draws_each_of_its_territories_within_the_view_box(string schemeId)
    {
        var set = PlanCatalogue.Default.TerritoriesOf(PlanCatalogue.Default.FindScheme(schemeId)!);
        var drawing = ComponentHtml.Drawings.For(set);

        var outside = drawing.Shapes.Where(s => s.Path.Length == 0 || !SvgPathPoints.Of(s.Path).All(p => Inside(p, new MapFrame(null, 0, 0, drawing.Width, drawing.Height))))
            .Select(s => s.TerritoryId).ToList();

        Assert.True(drawing.Shapes.Count > 0 && outside.Count == 0, $"{drawing.Shapes.Count} shapes; empty or outside: {string.Join(", ", outside)}");
    }

    [Fact]
    public void A_set_is_projected_once()
    {
        var set = PlanCatalogue.Default.TerritoriesOf(Vigipirate);

        Assert.Same(ComponentHtml.Drawings.For(set), ComponentHtml.Drawings.For(set));
    }

    [Fact]
    public async Task The_french_map_stays_light_once_compressed()
    {
        var svg = (await RenderAsync(Vigipirate, "fr", [])).QuerySelector("svg")!.OuterHtml;

        var gzipped = Gzip(svg);

        output.WriteLine($"France départements map: {Encoding.UTF8.GetByteCount(svg):N0} bytes of SVG, {gzipped:N0} bytes gzipped");
        Assert.InRange(gzipped, 1_000, 60_000);
    }

    [Fact]
    public void The_stylesheet_colours_every_level_of_every_scheme_with_the_scheme_colour()
    {
        var css = File.ReadAllText(Path.Combine(ComponentHtml.RepositoryRoot(), "src", "Tocsin.Server", "wwwroot", "css", "territory-map.css"));

        var missing = PlanCatalogue.Default.Schemes.SelectMany(s => s.Levels.Select(l => (Scheme: s, Level: l)))
            .Select(x => $".{LevelClass.Of(x.Scheme, x.Level)} {{ fill: {x.Level.Colour};")
            .Where(rule => !css.Contains(rule, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }

    public static TheoryData<string> SchemeIds() => [.. PlanCatalogue.Default.Schemes.Select(s => s.Id)];

    private static bool Inside((int X, int Y) point, MapFrame frame) =>
        point.X >= frame.X && point.X <= frame.X + frame.Width && point.Y >= frame.Y && point.Y <= frame.Y + frame.Height;

    private static int Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }

    private static Task<IDocument> RenderAsync(AlertScheme scheme, string language, Dictionary<string, AlertLevel> levels) =>
        ComponentHtml.ParseAsync<TerritoryMap>(new()
        {
            [nameof(TerritoryMap.Scheme)] = scheme,
            [nameof(TerritoryMap.Territories)] = PlanCatalogue.Default.TerritoriesOf(scheme),
            [nameof(TerritoryMap.Levels)] = levels,
            [nameof(TerritoryMap.Language)] = language,
        });
}
