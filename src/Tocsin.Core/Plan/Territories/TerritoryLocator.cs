using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Tocsin.Core.Plan.Territories;

/// <summary>Finds the territories of a set that contain a point, using the precise outlines of the
/// set's leaves (the territories without children) in an STR-tree with per-polygon point indexes.
/// Thread-safe once built; build one per set and keep it.</summary>
/// <remarks>A point outside every outline (just off a coast, or on a gap between simplified borders)
/// falls back to the nearest leaf within <see cref="CoastalToleranceKm"/>. Details in docs/alert-plan.md.</remarks>
public sealed class TerritoryLocator
{
    /// <summary>The fall-back distance: 12 nautical miles (22.2 km) is the territorial sea; 12 km keeps the
    /// fall-back to coastal waters and to gaps between outlines, without reaching a neighbouring country's shore.</summary>
    public const double CoastalToleranceKm = 12;

    private readonly TerritorySet _set;
    private readonly STRtree<LocatorPart> _index = new();

    /// <summary>Indexes the leaves of <paramref name="set"/>.</summary>
    public TerritoryLocator(TerritorySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        _set = set;
        foreach (var leaf in set.Territories.Where(t => set.ChildrenOf(t.Id).Count == 0))
        {
            var outline = set.PreciseOutlineOf(leaf.Id);
            for (var i = 0; i < outline.NumGeometries; i++)
            {
                if (outline.GetGeometryN(i) is Polygon { IsEmpty: false } polygon)
                {
                    var part = new LocatorPart(leaf, polygon);
                    _index.Insert(polygon.EnvelopeInternal, part);
                }
            }
        }

        _index.Build();
    }

    /// <summary>The territories containing (<paramref name="latitude"/>, <paramref name="longitude"/>) in
    /// WGS84 degrees: the innermost first, then its ancestors. Fails with <c>coordinates-out-of-range</c>
    /// unless −90 ≤ latitude ≤ 90 and −180 ≤ longitude ≤ 180.</summary>
    public Result<PointLocation> Locate(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90) || !(longitude is >= -180 and <= 180))
        {
            return new Error("coordinates-out-of-range", $"({latitude}, {longitude}) is not a WGS84 latitude (−90..90) and longitude (−180..180).");
        }

        var coordinate = new Coordinate(longitude, latitude);
        var candidates = _index.Query(new Envelope(coordinate));
        Territory? onEdge = null;
        foreach (var part in candidates)
        {
            switch (part.Locator.Locate(coordinate))
            {
                case Location.Interior:
                    return new PointLocation(_set.LineageOf(part.Territory.Id), PointMatch.Inside, 0);
                case Location.Boundary:
                    onEdge ??= part.Territory;
                    break;
                case Location.Exterior:
                case Location.Null:
                    break;
            }
        }

        return onEdge is not null
            ? new PointLocation(_set.LineageOf(onEdge.Id), PointMatch.Inside, 0)
            : Nearest(latitude, longitude);
    }

    private PointLocation Nearest(double latitude, double longitude)
    {
        var dLatitude = CoastalToleranceKm / EquirectangularDistance.KmPerDegree;
        var dLongitude = dLatitude / EquirectangularDistance.LongitudeScale(latitude);
        var search = new Envelope(longitude - dLongitude, longitude + dLongitude, latitude - dLatitude, latitude + dLatitude);
        LocatorPart? best = null;
        var bestKm = double.MaxValue;
        foreach (var part in _index.Query(search))
        {
            var km = EquirectangularDistance.ToRingsKm(part.Polygon, latitude, longitude);
            if (km < bestKm || (km == bestKm && best is not null && string.CompareOrdinal(part.Territory.Id, best.Territory.Id) < 0))
            {
                (best, bestKm) = (part, km);
            }
        }

        return best is not null && bestKm <= CoastalToleranceKm
            ? new PointLocation(_set.LineageOf(best.Territory.Id), PointMatch.Nearest, bestKm)
            : new PointLocation([], PointMatch.None, null);
    }
}
