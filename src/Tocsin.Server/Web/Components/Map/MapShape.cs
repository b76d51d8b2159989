namespace Tocsin.Server.Web.Components.Map;

/// <summary>One territory as drawn: an SVG path in the drawing's view box.</summary>
/// <param name="TerritoryId">Territory id, e.g. <c>FRA-D75</c>.</param>
/// <param name="Name">Territory name, from the territory set.</param>
/// <param name="Path">SVG path data (absolute move, relative lines, integer pixels); holes are rings drawn with
/// the even-odd rule.</param>
/// <param name="Repeated">True for the magnified copy in the zoom frame: the component keeps it out of the tab order
/// and from assistive technology, which reach the territory once, through its main shape.</param>
public sealed record MapShape(string TerritoryId, string Name, string Path, bool Repeated = false);
