using NetTopologySuite.Geometries;

namespace Tocsin.Server.Web.Components.Map;

/// <summary>An equirectangular projection of WGS84 longitude/latitude into a box of the drawing: longitudes are
/// shortened by the cosine of the middle latitude (true shape at that latitude, good enough for a country),
/// the whole fitted and centred in the box, y pointing down as in SVG.</summary>
/// <remarks>An outline spanning more than 180° of longitude crosses the antimeridian (the Aleutians in the United
/// States outline); its eastern longitudes are moved west by 360° so that the country stays in one piece.</remarks>
internal sealed class MapProjection
{
    private readonly bool _wrap;
    private readonly double _west;
    private readonly double _north;
    private readonly double _xScale;
    private readonly double _scale;
    private readonly double _left;
    private readonly double _top;

    private MapProjection(bool wrap, double west, double north, double xScale, double scale, double left, double top)
    {
        (_wrap, _west, _north, _xScale, _scale, _left, _top) = (wrap, west, north, xScale, scale, left, top);
    }

    /// <summary>Width over height of <paramref name="outlines"/> once projected.</summary>
    public static double AspectOf(IEnumerable<Geometry> outlines)
    {
        var (_, envelope) = Extent(outlines);
        var xScale = Math.Cos((envelope.MinY + envelope.MaxY) / 2 * Math.PI / 180);
        return envelope.Height / Math.Max(envelope.Width * xScale, 1e-9);
    }

    /// <summary>The projection fitting <paramref name="outlines"/> in the given box, leaving <paramref name="padding"/>
    /// pixels on every side.</summary>
    public static MapProjection Fitting(IEnumerable<Geometry> outlines, double x, double y, double width, double height, double padding)
    {
        var (wrap, envelope) = Extent(outlines);
        var xScale = Math.Cos((envelope.MinY + envelope.MaxY) / 2 * Math.PI / 180);
        var projectedWidth = Math.Max(envelope.Width * xScale, 1e-9);
        var projectedHeight = Math.Max(envelope.Height, 1e-9);
        var innerWidth = width - (2 * padding);
        var innerHeight = height - (2 * padding);
        var scale = Math.Min(innerWidth / projectedWidth, innerHeight / projectedHeight);
        var left = x + padding + ((innerWidth - (projectedWidth * scale)) / 2);
        var top = y + padding + ((innerHeight - (projectedHeight * scale)) / 2);
        return new MapProjection(wrap, envelope.MinX, envelope.MaxY, xScale, scale, left, top);
    }

    /// <summary>The point in drawing pixels.</summary>
    public Coordinate Project(Coordinate lonLat)
    {
        var longitude = Wrap(lonLat.X, _wrap);
        return new Coordinate(_left + ((longitude - _west) * _xScale * _scale), _top + ((_north - lonLat.Y) * _scale));
    }

    private static double Wrap(double longitude, bool wrap) => wrap && longitude > 0 ? longitude - 360 : longitude;

    private static (bool Wrap, Envelope Envelope) Extent(IEnumerable<Geometry> outlines)
    {
        var all = outlines.ToList();
        var raw = new Envelope();
        all.ForEach(g => raw.ExpandToInclude(g.EnvelopeInternal));
        var wrap = raw.Width > 180;
        if (!wrap)
        {
            return (false, raw);
        }

        var wrapped = new Envelope();
        foreach (var coordinate in all.SelectMany(g => g.Coordinates))
        {
            wrapped.ExpandToInclude(Wrap(coordinate.X, true), coordinate.Y);
        }

        return (true, wrapped);
    }
}
