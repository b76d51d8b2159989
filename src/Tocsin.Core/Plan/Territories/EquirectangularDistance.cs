using NetTopologySuite.Geometries;

namespace Tocsin.Core.Plan.Territories;

/// <summary>Distances in kilometres between a point and an outline in longitude/latitude degrees,
/// on a local equirectangular projection centred on the point (longitudes scaled by the cosine of
/// its latitude). Within the few kilometres the look-up uses, the error is far below the accuracy of the outlines.</summary>
internal static class EquirectangularDistance
{
    /// <summary>Mean length of one degree of latitude (mean Earth radius 6,371.0088 km).</summary>
    public const double KmPerDegree = 111.195;

    /// <summary>Cosine of the latitude, bounded away from zero near the poles.</summary>
    public static double LongitudeScale(double latitude) => Math.Max(Math.Cos(latitude * Math.PI / 180), 0.01);

    /// <summary>Distance from (latitude, longitude) to the nearest edge of <paramref name="polygon"/>'s rings.</summary>
    public static double ToRingsKm(Polygon polygon, double latitude, double longitude)
    {
        var scale = LongitudeScale(latitude);
        var best = ToRing(polygon.ExteriorRing.CoordinateSequence, latitude, longitude, scale);
        foreach (var hole in polygon.InteriorRings)
        {
            best = Math.Min(best, ToRing(hole.CoordinateSequence, latitude, longitude, scale));
        }

        return Math.Sqrt(best) * KmPerDegree;
    }

    // Squared distance in scaled degrees from the point to the closest segment of the ring.
    private static double ToRing(CoordinateSequence ring, double latitude, double longitude, double scale)
    {
        var best = double.MaxValue;
        for (var i = 1; i < ring.Count; i++)
        {
            var ax = (ring.GetX(i - 1) - longitude) * scale;
            var ay = ring.GetY(i - 1) - latitude;
            var bx = (ring.GetX(i) - longitude) * scale;
            var by = ring.GetY(i) - latitude;
            best = Math.Min(best, SegmentToOrigin(ax, ay, bx, by));
        }

        return best;
    }

    private static double SegmentToOrigin(double ax, double ay, double bx, double by)
    {
        var dx = bx - ax;
        var dy = by - ay;
        var length = (dx * dx) + (dy * dy);
        var t = length == 0 ? 0 : Math.Clamp(-((ax * dx) + (ay * dy)) / length, 0, 1);
        var px = ax + (t * dx);
        var py = ay + (t * dy);
        return (px * px) + (py * py);
    }
}
