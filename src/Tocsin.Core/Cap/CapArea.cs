namespace Tocsin.Core.Cap;

/// <summary>A CAP 1.2 <c>area</c> (§3.2.4). Geometry is kept in its wire form: a polygon is
/// <c>lat,lon lat,lon …</c> (WGS 84, §3.3.1), closed (first pair = last pair), 4 to 100 pairs (100 is
/// Tocsin's limit); a circle is <c>lat,lon radius</c> with the radius in kilometres.</summary>
public sealed record CapArea
{
    /// <summary>Text description of the area, e.g. <c>France métropolitaine</c>.</summary>
    public required string AreaDesc { get; init; }

    /// <summary>Closed rings in wire form, written as given after validation.</summary>
    public IReadOnlyList<string> Polygons { get; init; } = [];

    /// <summary>Circles in wire form <c>lat,lon radius</c>.</summary>
    public IReadOnlyList<string> Circles { get; init; } = [];

    /// <summary>Geographic codes such as <c>ISO3166-1</c>/<c>FRA</c> or <c>INSEE-DEP</c>/<c>973</c>.</summary>
    public IReadOnlyList<CapValuePair> Geocodes { get; init; } = [];

    /// <summary>Altitude in feet above mean sea level; required for <see cref="Ceiling"/>.</summary>
    public decimal? Altitude { get; init; }

    /// <summary>Maximum altitude in feet; only with <see cref="Altitude"/>.</summary>
    public decimal? Ceiling { get; init; }
}
