using Tocsin.Core.Stix;

namespace Tocsin.Core.Sharing;

/// <summary>The marking definitions the policy knows by id: the nine standard TLP markings and the tearline
/// marking always, plus the marking-definition objects given (those held in the store).</summary>
public sealed class MarkingCatalogue
{
    private readonly Dictionary<string, SharingMarking> _byId = new(StringComparer.Ordinal);

    private MarkingCatalogue()
    {
        foreach (var id in TlpMarkings.AllIds)
        {
            _byId[id] = new SharingMarking(id, SharingMarkingKind.Tlp, TlpMarkings.LevelOf(id), []);
        }

        _byId[SharingMarkings.TearlineId] = new SharingMarking(SharingMarkings.TearlineId, SharingMarkingKind.Tearline, null, []);
    }

    /// <summary>Only the standard TLP markings and the tearline marking.</summary>
    public static MarkingCatalogue BuiltIn { get; } = new();

    /// <summary>The built-in markings plus every marking-definition among <paramref name="markingDefinitions"/>
    /// (other objects are ignored). Standard ids always keep their standard meaning.</summary>
    public static MarkingCatalogue Create(IEnumerable<StixObject> markingDefinitions)
    {
        ArgumentNullException.ThrowIfNull(markingDefinitions);
        var catalogue = new MarkingCatalogue();
        foreach (var definition in markingDefinitions)
        {
            if (!catalogue._byId.ContainsKey(definition.Id) && SharingMarkings.Read(definition) is { } marking)
            {
                catalogue._byId[definition.Id] = marking;
            }
        }

        return catalogue;
    }

    /// <summary>Every known marking.</summary>
    public IReadOnlyCollection<SharingMarking> All => _byId.Values;

    /// <summary>How many marking definitions are known.</summary>
    public int Count => _byId.Count;

    /// <summary>The marking with this id, or null when unknown.</summary>
    public SharingMarking? Find(string id) => _byId.GetValueOrDefault(id);
}
