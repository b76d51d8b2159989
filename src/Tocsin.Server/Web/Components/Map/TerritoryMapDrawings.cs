using System.Collections.Concurrent;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using Tocsin.Core.Plan.Territories;

namespace Tocsin.Server.Web.Components.Map;

/// <summary>Projects and simplifies the light outlines of a territory set into a <see cref="TerritoryMapDrawing"/>,
/// once per set: outlines never change while the server runs, so every later page only writes cached strings.
/// Thread-safe; register one as a singleton.</summary>
/// <remarks>Outlines are simplified in drawing pixels (topology-preserving Douglas-Peucker, tolerance
/// <see cref="TolerancePx"/>) and rounded to whole pixels; rings left smaller than <see cref="MinimumRingAreaPx"/>
/// (islets) are dropped, except a territory's largest, so every territory keeps a shape. The size this gives the
/// French page is measured in docs/benchmarks.md.</remarks>
public sealed class TerritoryMapDrawings
{
    /// <summary>Simplification tolerance, in drawing pixels.</summary>
    public const double TolerancePx = 0.75;

    /// <summary>Rings smaller than this, in square drawing pixels, are dropped.</summary>
    public const double MinimumRingAreaPx = 2;

    private const double PaddingPx = 4;
    private const double InsetLabelPx = 14;

    private readonly ConcurrentDictionary<string, Lazy<TerritoryMapDrawing>> _drawings = new(StringComparer.Ordinal);

    /// <summary>The drawing of <paramref name="set"/>'s leaves (the territories without children).</summary>
    public TerritoryMapDrawing For(TerritorySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return _drawings.GetOrAdd(set.Id, _ => new Lazy<TerritoryMapDrawing>(() => Draw(set))).Value;
    }

    private static TerritoryMapDrawing Draw(TerritorySet set)
    {
        var layout = MapLayout.Of(set, territories => MapProjection.AspectOf(territories.Select(t => set.OutlineOf(t.Id))));
        var shapes = new List<MapShape>();
        foreach (var (frame, territories) in layout)
        {
            var labelSpace = frame.IsInset ? InsetLabelPx : 0;
            var projection = MapProjection.Fitting(territories.Select(t => set.OutlineOf(t.Id)), frame.X, frame.Y, frame.Width, frame.Height - labelSpace, PaddingPx);
            shapes.AddRange(territories.Select(t => new MapShape(t.Id, t.Name, PathOf(set.OutlineOf(t.Id), projection), frame.Zoom)));
        }

        var frames = layout.Select(l => l.Frame).ToList();
        return new TerritoryMapDrawing(set.Id, frames.Max(f => f.X + f.Width), frames.Max(f => f.Y + f.Height), frames, shapes);
    }

    private static string PathOf(Geometry outline, MapProjection projection)
    {
        var rings = new List<IReadOnlyList<(int X, int Y)>>();
        for (var i = 0; i < outline.NumGeometries; i++)
        {
            if (outline.GetGeometryN(i) is not Polygon { IsEmpty: false } polygon)
            {
                continue;
            }

            var projected = (Polygon)polygon.Copy();
            projected.Apply(new ProjectingFilter(projection));
            if (TopologyPreservingSimplifier.Simplify(projected, TolerancePx) is not Polygon simplified || simplified.IsEmpty)
            {
                continue;
            }

            rings.Add(Rounded(simplified.ExteriorRing));
            rings.AddRange(simplified.InteriorRings.Select(Rounded));
        }

        var kept = rings.Where(r => r.Count >= 3 && Math.Abs(Area(r)) >= MinimumRingAreaPx).ToList();
        if (kept.Count == 0 && rings.Where(r => r.Count >= 3).MaxBy(r => Math.Abs(Area(r))) is { } largest)
        {
            kept.Add(largest);
        }

        var path = new StringBuilder();
        kept.ForEach(r => SvgPathWriter.AppendRing(path, r));
        return path.ToString();
    }

    private static List<(int X, int Y)> Rounded(LineString ring)
    {
        var points = new List<(int X, int Y)>();
        foreach (var coordinate in ring.Coordinates)
        {
            var point = ((int)Math.Round(coordinate.X), (int)Math.Round(coordinate.Y));
            if (points.Count == 0 || points[^1] != point)
            {
                points.Add(point);
            }
        }

        if (points.Count > 1 && points[0] == points[^1])
        {
            points.RemoveAt(points.Count - 1);
        }

        return points;
    }

    private static double Area(IReadOnlyList<(int X, int Y)> ring)
    {
        double twice = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (x1, y1) = ring[i];
            var (x2, y2) = ring[(i + 1) % ring.Count];
            twice += ((double)x1 * y2) - ((double)x2 * y1);
        }

        return twice / 2;
    }

    private sealed class ProjectingFilter(MapProjection projection) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var projected = projection.Project(seq.GetCoordinate(i));
                seq.SetX(i, projected.X);
                seq.SetY(i, projected.Y);
            }
        }
    }
}
