using System.Globalization;
using NetTopologySuite.Geometries;

namespace Tocsin.Server.Web.Components.Map;

/// <summary>A small locator map of some points (an incident's places): the box around them, at least
/// <see cref="MarginDegrees"/> on every side, with a graticule each whole degree and a marker per point, projected by
/// the same <see cref="MapProjection"/> as the territory maps.</summary>
public sealed class PlaceMapDrawing
{
    /// <summary>The smallest margin around the points, in degrees.</summary>
    public const double MarginDegrees = 1.5;

    /// <summary>View box width in pixels.</summary>
    public const int Width = 320;

    /// <summary>View box height in pixels.</summary>
    public const int Height = 200;

    private PlaceMapDrawing(IReadOnlyList<string> graticule, IReadOnlyList<(double X, double Y)> markers)
    {
        Graticule = graticule;
        Markers = markers;
    }

    /// <summary>SVG path data of the graticule lines.</summary>
    public IReadOnlyList<string> Graticule { get; }

    /// <summary>Each point's position in the view box, in the order given.</summary>
    public IReadOnlyList<(double X, double Y)> Markers { get; }

    /// <summary>The SVG <c>viewBox</c> attribute value.</summary>
    public static string ViewBox => FormattableString.Invariant($"0 0 {Width} {Height}");

    /// <summary>The drawing of <paramref name="points"/> (longitude, latitude in WGS84 degrees); at least one.</summary>
    public static PlaceMapDrawing Of(IReadOnlyList<(double Longitude, double Latitude)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfZero(points.Count);
        var envelope = new Envelope();
        foreach (var (longitude, latitude) in points)
        {
            envelope.ExpandToInclude(longitude, latitude);
        }

        envelope.ExpandBy(MarginDegrees);
        var box = new GeometryFactory().ToGeometry(envelope);
        var projection = MapProjection.Fitting([box], 0, 0, Width, Height, 0);
        var lines = new List<string>();
        for (var longitude = Math.Ceiling(envelope.MinX); longitude <= envelope.MaxX; longitude++)
        {
            lines.Add(Line(projection, new Coordinate(longitude, envelope.MinY), new Coordinate(longitude, envelope.MaxY)));
        }

        for (var latitude = Math.Ceiling(envelope.MinY); latitude <= envelope.MaxY; latitude++)
        {
            lines.Add(Line(projection, new Coordinate(envelope.MinX, latitude), new Coordinate(envelope.MaxX, latitude)));
        }

        var markers = points.Select(p => projection.Project(new Coordinate(p.Longitude, p.Latitude))).Select(c => (c.X, c.Y)).ToList();
        return new PlaceMapDrawing(lines, markers);
    }

    private static string Line(MapProjection projection, Coordinate from, Coordinate to)
    {
        var a = projection.Project(from);
        var b = projection.Project(to);
        return string.Create(CultureInfo.InvariantCulture, $"M{a.X:0.#},{a.Y:0.#}L{b.X:0.#},{b.Y:0.#}");
    }
}
