using Tocsin.Core.Plan.Territories;

namespace Tocsin.Server.Web.Components.Map;

/// <summary>Where each leaf of a territory set goes: the main view, or an inset. France's overseas
/// départements get one inset each, in a column beside metropolitan France, so none is cut off or drawn
/// at the scale of the Atlantic; Paris and the three départements around it are repeated, magnified, in the
/// empty Channel corner of the main view. Every other set is one view.</summary>
internal static class MapLayout
{
    public const int MainSize = 500;
    public const int InsetWidth = 110;
    public const int Gap = 10;
    public const int ZoomWidth = 110;
    public const int ZoomHeight = 100;

    private static readonly string[] InnerParis = ["FRA-D75", "FRA-D92", "FRA-D93", "FRA-D94"];

    /// <summary>The frames with the territories each one holds, main view first.</summary>
    public static IReadOnlyList<(MapFrame Frame, IReadOnlyList<Territory> Territories)> Of(TerritorySet set, Func<IReadOnlyList<Territory>, double> aspectOf)
    {
        var leaves = set.Territories.Where(t => set.ChildrenOf(t.Id).Count == 0).ToList();
        var overseas = leaves.Where(IsOverseasDepartement).ToList();
        var main = leaves.Except(overseas).ToList();
        if (overseas.Count == 0)
        {
            // Height follows the shape (the UK is tall, Belgium wide), within bounds that keep the page readable.
            var height = (int)Math.Clamp(Math.Round(MainSize * aspectOf(main)), 250, 700);
            return [(new MapFrame(null, 0, 0, MainSize, height), main)];
        }

        var insetHeight = (MainSize - ((overseas.Count - 1) * Gap)) / overseas.Count;
        var frames = new List<(MapFrame, IReadOnlyList<Territory>)> { (new MapFrame(null, 0, 0, MainSize, MainSize), main) };
        for (var i = 0; i < overseas.Count; i++)
        {
            frames.Add((new MapFrame(overseas[i].Name, MainSize + Gap, i * (insetHeight + Gap), InsetWidth, insetHeight), [overseas[i]]));
        }

        var paris = main.Where(t => InnerParis.Contains(t.Id, StringComparer.Ordinal)).ToList();
        if (paris.Count == InnerParis.Length)
        {
            frames.Add((new MapFrame(null, 0, 0, ZoomWidth, ZoomHeight, Zoom: true), paris));
        }

        return frames;
    }

    private static bool IsOverseasDepartement(Territory territory) =>
        territory.Geocodes.Any(g => string.Equals(g.ValueName, "INSEE-DEP", StringComparison.Ordinal) && g.Value.StartsWith("97", StringComparison.Ordinal));
}
