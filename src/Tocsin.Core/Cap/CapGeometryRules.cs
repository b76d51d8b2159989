using System.Globalization;

namespace Tocsin.Core.Cap;

/// <summary>Polygon and circle checks (§3.2.4, coordinates per the WGS 84 note of §3.3.1).</summary>
internal static class CapGeometryRules
{
    private const NumberStyles Coordinate = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private static readonly char[] Whitespace = [' ', '\t', '\r', '\n'];

    /// <summary>A polygon is a whitespace-delimited list of <c>lat,lon</c> pairs; at least 4 pairs, at most
    /// <see cref="CapValidator.MaxPolygonPoints"/>, the first equal to the last.</summary>
    public static void Polygon(CapIssueList issues, string path, string polygon)
    {
        var pairs = (polygon ?? "").Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
        var points = new List<(decimal Lat, decimal Lon)>(pairs.Length);
        foreach (var pair in pairs)
        {
            if (!TryPair(pair, out var point))
            {
                issues.Error(path, "cap-polygon-format", $"'{pair}' is not a 'latitude,longitude' pair of decimal degrees.");
                return;
            }

            points.Add(point);
        }

        if (points.Count < 4)
        {
            issues.Error(path, "cap-polygon-too-few-points", $"A polygon has at least 4 coordinate pairs (§3.2.4); this one has {points.Count}.");
        }
        else if (points.Count > CapValidator.MaxPolygonPoints)
        {
            issues.Error(path, "cap-polygon-too-many-points", $"A polygon has at most {CapValidator.MaxPolygonPoints} coordinate pairs; this one has {points.Count}. Simplify it.");
        }

        if (points.Count > 0 && points[0] != points[^1])
        {
            issues.Error(path, "cap-polygon-not-closed", "The first and last coordinate pairs of a polygon must be the same (§3.2.4).");
        }

        var outside = points.FindIndex(p => !InRange(p));
        if (outside >= 0)
        {
            issues.Error(path, "cap-coordinate-range", $"Pair {outside + 1} ('{pairs[outside]}') is outside latitude -90..90 or longitude -180..180.");
        }
    }

    /// <summary>A circle is <c>lat,lon radius</c>, the radius in kilometres, not negative.</summary>
    public static void Circle(CapIssueList issues, string path, string circle)
    {
        var parts = (circle ?? "").Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TryPair(parts[0], out var centre)
            || !decimal.TryParse(parts[1], Coordinate, CultureInfo.InvariantCulture, out var radius) || radius < 0)
        {
            issues.Error(path, "cap-circle-format", $"'{circle}' is not 'latitude,longitude radius' with the radius in kilometres (§3.2.4).");
            return;
        }

        if (!InRange(centre))
        {
            issues.Error(path, "cap-coordinate-range", $"The centre '{parts[0]}' is outside latitude -90..90 or longitude -180..180.");
        }
    }

    private static bool TryPair(string pair, out (decimal Lat, decimal Lon) point)
    {
        point = default;
        var comma = pair.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0
            || !decimal.TryParse(pair.AsSpan(0, comma), Coordinate, CultureInfo.InvariantCulture, out var lat)
            || !decimal.TryParse(pair.AsSpan(comma + 1), Coordinate, CultureInfo.InvariantCulture, out var lon))
        {
            return false;
        }

        point = (lat, lon);
        return true;
    }

    private static bool InRange((decimal Lat, decimal Lon) p) =>
        p.Lat is >= -90m and <= 90m && p.Lon is >= -180m and <= 180m;
}
