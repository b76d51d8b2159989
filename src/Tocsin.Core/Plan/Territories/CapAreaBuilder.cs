using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Tocsin.Core.Plan.Territories;

/// <summary>Derives CAP 1.2 polygons from a territory's light outline (DESIGN: <c>lat,lon</c> pairs,
/// closed, at most 100 points per polygon).</summary>
/// <remarks>
/// The outline's parts are taken largest first, at most <see cref="MaxPolygons"/> of them. Each
/// part's outer ring becomes one polygon; holes are dropped, so an area with a hole (Flanders around
/// Brussels) is over-covered, and the geocodes say exactly which territory is meant. A ring is
/// simplified with <see cref="TopologyPreservingSimplifier"/>, the tolerance growing from
/// <see cref="InitialToleranceDegrees"/> by half again each round until the ring, rounded to
/// <see cref="Decimals"/> decimals (about 11 m) and rid of repeated points, has at most
/// <see cref="MaxPointsPerPolygon"/> points.
/// </remarks>
public static class CapAreaBuilder
{
    /// <summary>CAP's limit per polygon, counting the closing point.</summary>
    public const int MaxPointsPerPolygon = 100;

    /// <summary>Most polygons emitted for one territory; smaller parts beyond it are left out.</summary>
    public const int MaxPolygons = 10;

    /// <summary>Decimals written per coordinate.</summary>
    public const int Decimals = 4;

    /// <summary>First simplification tolerance, in degrees.</summary>
    public const double InitialToleranceDegrees = 0.001;

    // A set and its outlines never change, so neither does an area derived from them. Simplifying and writing an
    // outline is most of the CPU an approval spends on its message; each area is derived once per set instead.
    private static readonly ConditionalWeakTable<TerritorySet, ConcurrentDictionary<string, CapArea>> Built = [];

    /// <summary>The CAP area of <paramref name="territoryId"/> in <paramref name="set"/>. Fails with
    /// <c>unknown-territory</c> when the set has no such territory.</summary>
    public static Result<CapArea> Build(TerritorySet set, string territoryId)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(territoryId);
        if (set.Find(territoryId) is null)
        {
            return new Error("unknown-territory", $"Territory set '{set.Id}' has no territory '{territoryId}'.");
        }

        return Built.GetValue(set, _ => new ConcurrentDictionary<string, CapArea>(StringComparer.Ordinal))
            .GetOrAdd(territoryId, (id, territories) => Derive(territories, id), set);
    }

    private static CapArea Derive(TerritorySet set, string territoryId)
    {
        var territory = set.Find(territoryId)!;
        var outline = set.OutlineOf(territoryId);
        var parts = Enumerable.Range(0, outline.NumGeometries)
            .Select(outline.GetGeometryN)
            .OfType<Polygon>()
            .Where(p => !p.IsEmpty)
            .OrderByDescending(p => p.Area)
            .Take(MaxPolygons);
        var polygons = parts.Select(p => Write(p.Shell)).OfType<string>().ToArray();
        return new CapArea(territory.Id, territory.Name, polygons, territory.Geocodes);
    }

    private static string? Write(LinearRing shell)
    {
        var shape = shell.Factory.CreatePolygon(shell);
        for (var tolerance = InitialToleranceDegrees; tolerance < 10; tolerance *= 1.5)
        {
            var simplified = TopologyPreservingSimplifier.Simplify(shape, tolerance);
            if (simplified is not Polygon { IsEmpty: false } polygon)
            {
                return null;
            }

            var points = Rounded(polygon.Shell.Coordinates);
            if (points.Count < 4)
            {
                return null;
            }

            if (points.Count <= MaxPointsPerPolygon)
            {
                return Text(points);
            }
        }

        return null;
    }

    private static List<(string Latitude, string Longitude)> Rounded(Coordinate[] ring)
    {
        var format = "F" + Decimals.ToString(CultureInfo.InvariantCulture);
        var points = new List<(string, string)>(ring.Length);
        foreach (var c in ring)
        {
            // Adding 0.0 turns a rounded -0 into 0, so "-0.0000" is never written.
            var point = ((Math.Round(c.Y, Decimals) + 0.0).ToString(format, CultureInfo.InvariantCulture),
                (Math.Round(c.X, Decimals) + 0.0).ToString(format, CultureInfo.InvariantCulture));
            if (points.Count == 0 || points[^1] != point)
            {
                points.Add(point);
            }
        }

        return points;
    }

    private static string Text(List<(string Latitude, string Longitude)> points)
    {
        var text = new StringBuilder();
        foreach (var (latitude, longitude) in points)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(latitude).Append(',').Append(longitude);
        }

        return text.ToString();
    }
}
