using Tocsin.Core.Stix;

namespace Tocsin.Server.Picture;

/// <summary>The intelligence picture as one staff member may read it, at one moment: the latest live version of each
/// object of the <c>picture</c> collection that their clearance admits (the reference rule applied among them), with
/// the lookups the incident and actor views need. Anything absent here is, for that reader, unknown.</summary>
public sealed class PictureSnapshot
{
    private readonly Dictionary<string, StixObject> _byId;
    private readonly ILookup<string, StixObject> _relationshipsFrom;
    private readonly ILookup<string, StixObject> _relationshipsTo;
    private readonly ILookup<string, StixObject> _referencedBy;

    /// <summary>A snapshot over <paramref name="visible"/>, versions the reader may read, one per id.</summary>
    public PictureSnapshot(IReadOnlyList<StixObject> visible)
    {
        ArgumentNullException.ThrowIfNull(visible);
        Objects = visible;
        _byId = visible.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var relationships = visible.Where(o => o.Type == "relationship").ToList();
        _relationshipsFrom = relationships.ToLookup(r => StixFields.Text(r.Root, "source_ref") ?? string.Empty, StringComparer.Ordinal);
        _relationshipsTo = relationships.ToLookup(r => StixFields.Text(r.Root, "target_ref") ?? string.Empty, StringComparer.Ordinal);
        _referencedBy = visible
            .SelectMany(o => StixFields.Texts(o.Root, "object_refs").Distinct(StringComparer.Ordinal).Select(target => (Target: target, Holder: o)))
            .ToLookup(pair => pair.Target, pair => pair.Holder, StringComparer.Ordinal);
    }

    /// <summary>Every readable object, in the order the picture served them.</summary>
    public IReadOnlyList<StixObject> Objects { get; }

    /// <summary>The readable version of <paramref name="id"/>, or null when unknown or withheld (the same thing here).</summary>
    public StixObject? Find(string? id) => id is not null && _byId.TryGetValue(id, out var found) ? found : null;

    /// <summary>The readable objects of one STIX type.</summary>
    public IEnumerable<StixObject> OfType(string type) => Objects.Where(o => string.Equals(o.Type, type, StringComparison.Ordinal));

    /// <summary>Readable relationships of <paramref name="type"/> whose source is <paramref name="id"/> and whose target
    /// is readable too (a relationship to a withheld object is never shown).</summary>
    public IEnumerable<StixObject> From(string id, string type) =>
        _relationshipsFrom[id].Where(r => StixFields.Text(r.Root, "relationship_type") == type && Find(StixFields.Text(r.Root, "target_ref")) is not null);

    /// <summary>Readable relationships of <paramref name="type"/> whose target is <paramref name="id"/> and whose source
    /// is readable too.</summary>
    public IEnumerable<StixObject> To(string id, string type) =>
        _relationshipsTo[id].Where(r => StixFields.Text(r.Root, "relationship_type") == type && Find(StixFields.Text(r.Root, "source_ref")) is not null);

    /// <summary>Readable objects of <paramref name="type"/> (report, opinion, note…) whose <c>object_refs</c> name <paramref name="id"/>.</summary>
    public IEnumerable<StixObject> Referencing(string id, string type) =>
        _referencedBy[id].Where(o => string.Equals(o.Type, type, StringComparison.Ordinal));

    /// <summary>A link to <paramref name="id"/> when readable: its name (or abstract, or id) as the label.</summary>
    public ObjectLink? Link(string? id) => Find(id) is { } found ? ObjectLink.Of(found) : null;
}
