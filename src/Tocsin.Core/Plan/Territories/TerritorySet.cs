using NetTopologySuite.Geometries;

namespace Tocsin.Core.Plan.Territories;

/// <summary>A country's territory tree with two outlines per territory: a light one for drawing and
/// CAP polygons, and a precise one for deciding which territory contains a point. Immutable.</summary>
/// <remarks>Outlines are WGS84 longitude/latitude degrees (x = longitude, y = latitude), valid per
/// OGC (invalid source outlines are repaired on load).</remarks>
public sealed class TerritorySet
{
    private readonly Dictionary<string, Territory> _byId;
    private readonly Dictionary<string, IReadOnlyList<Territory>> _children;
    private readonly Dictionary<string, IReadOnlyList<Territory>> _lineage;
    private readonly Dictionary<string, Geometry> _outlines;
    private readonly Dictionary<string, Geometry> _preciseOutlines;

    internal TerritorySet(string id, IReadOnlyList<Territory> territories, Dictionary<string, Geometry> outlines, Dictionary<string, Geometry> preciseOutlines)
    {
        Id = id;
        Territories = territories;
        _byId = territories.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _outlines = outlines;
        _preciseOutlines = preciseOutlines;
        _children = territories.ToDictionary(
            t => t.Id,
            t => (IReadOnlyList<Territory>)[.. territories.Where(c => string.Equals(c.ParentId, t.Id, StringComparison.Ordinal))],
            StringComparer.Ordinal);
        _lineage = territories.ToDictionary(t => t.Id, BuildLineage, StringComparer.Ordinal);
        Nation = territories.Single(t => t.ParentId is null);
    }

    /// <summary>Id of the set: the nation's ISO 3166-1 alpha-3 code, e.g. <c>FRA</c>.</summary>
    public string Id { get; }

    /// <summary>Every territory: the nation first, then regions, then departments, each group ordered by id.</summary>
    public IReadOnlyList<Territory> Territories { get; }

    /// <summary>The root of the tree.</summary>
    public Territory Nation { get; }

    /// <summary>The territory with <paramref name="id"/> (ordinal), or null.</summary>
    public Territory? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>True when <paramref name="id"/> names a territory of this set.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The direct children of <paramref name="id"/>, ordered by id.</summary>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    public IReadOnlyList<Territory> ChildrenOf(string id) => _children[id];

    /// <summary>The territory and its ancestors, innermost first, ending with the nation.</summary>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    public IReadOnlyList<Territory> LineageOf(string id) => _lineage[id];

    /// <summary>True when <paramref name="ancestorId"/> is <paramref name="id"/> or one of its ancestors,
    /// i.e. a decision on <paramref name="ancestorId"/> covers <paramref name="id"/>.</summary>
    public bool Covers(string ancestorId, string id) =>
        _lineage.TryGetValue(id, out var lineage) && lineage.Any(t => string.Equals(t.Id, ancestorId, StringComparison.Ordinal));

    /// <summary>The light outline, for drawing and CAP polygons.</summary>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    public Geometry OutlineOf(string id) => _outlines[id];

    /// <summary>The precise outline, for point containment (the light one where no precise one is shipped).</summary>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    public Geometry PreciseOutlineOf(string id) => _preciseOutlines.GetValueOrDefault(id) ?? _outlines[id];

    private IReadOnlyList<Territory> BuildLineage(Territory territory)
    {
        var lineage = new List<Territory> { territory };
        while (lineage[^1].ParentId is { } parent)
        {
            lineage.Add(_byId[parent]);
        }

        return lineage;
    }
}
