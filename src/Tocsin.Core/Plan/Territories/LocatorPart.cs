using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Tocsin.Core.Plan.Territories;

/// <summary>One polygon of a leaf territory's precise outline, with a point-in-area index.</summary>
internal sealed class LocatorPart(Territory territory, Polygon polygon)
{
    public Territory Territory { get; } = territory;

    public Polygon Polygon { get; } = polygon;

    public IndexedPointInAreaLocator Locator { get; } = new(polygon);
}
