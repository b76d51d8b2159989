namespace Tocsin.Server.Web.Components.Map;

/// <summary>The projected, simplified outlines of a territory set's leaves, ready to be written as SVG.
/// Immutable; built once per set by <see cref="TerritoryMapDrawings"/>.</summary>
/// <param name="SetId">Territory set id, e.g. <c>FRA</c>.</param>
/// <param name="Width">View box width in pixels.</param>
/// <param name="Height">View box height in pixels.</param>
/// <param name="Frames">The main view first, then the insets.</param>
/// <param name="Shapes">One shape per drawn territory, main view first, then inset order.</param>
public sealed record TerritoryMapDrawing(string SetId, int Width, int Height, IReadOnlyList<MapFrame> Frames, IReadOnlyList<MapShape> Shapes)
{
    /// <summary>The SVG <c>viewBox</c> attribute value.</summary>
    public string ViewBox => FormattableString.Invariant($"0 0 {Width} {Height}");
}
