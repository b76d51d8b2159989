using System.Text.Json;
using Tocsin.Core.Classification;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Classification;

/// <summary>What one staff member may read (docs/classification.md), for every read path: the per-version rule,
/// the reference rule over a set of versions, and which reads go on the record. Built per request by
/// <see cref="ReadGate"/>; "withheld looks like unknown": a caller serves a withheld version exactly as an id it
/// does not hold.</summary>
public sealed class StaffReader
{
    private readonly ClearanceRule _rule;
    private readonly SharingContext _context;
    private readonly NationalClassification _national;

    // False when none of our marking definitions puts a read on the record: a reference can then be recorded only
    // through a definition we hold, so no version's markings need reading (and no granular marking its tree parsed).
    private readonly bool _anyRecorded;

    internal StaffReader(Guid principalId, Clearance clearance, long revision, SharingContext context, NationalClassification national)
    {
        PrincipalId = principalId;
        Clearance = clearance;
        Revision = revision;
        _context = context;
        _national = national;
        _rule = new ClearanceRule(clearance, national.Scale);
        HasNationalMarkings = context.Markings.All.Any(m => m.Kind is SharingMarkingKind.Classification or SharingMarkingKind.Compartment);
        _anyRecorded = context.Markings.All.Any(Recorded);
    }

    /// <summary>The staff principal (<see cref="Guid.Empty"/> for an unauthenticated caller, who holds the lowest level).</summary>
    public Guid PrincipalId { get; }

    /// <summary>Their clearance (the scale's lowest level and no compartment when none was granted).</summary>
    public Clearance Clearance { get; }

    /// <summary>The stored clearance's revision (0 when none was granted).</summary>
    public long Revision { get; }

    /// <summary>True when our picture holds at least one classification or compartment marking; when false, every
    /// version is at the lowest level and readable, and a path may serve the collection directly.</summary>
    public bool HasNationalMarkings { get; }

    /// <summary>True when the clearance admits <paramref name="version"/> by its own markings (object and granular);
    /// the reference rule needs the other versions: see <see cref="Visible"/>.</summary>
    public bool MayRead(StixObject version) => MarkingPolicy.Decide(version, _rule, _context, null).IsAllowed;

    /// <summary>The versions of <paramref name="versions"/> the staff member may read, in order, with the reference
    /// rule applied among them to a fixed point.</summary>
    public IReadOnlyList<StixObject> Visible(IReadOnlyList<StixObject> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var decisions = MarkingPolicy.DecideAll(versions, _rule, _context);
        return [.. versions.Where((_, i) => decisions[i].IsAllowed)];
    }

    /// <summary>The decision for each version (with the reference rule among them), for paths that report why.</summary>
    public IReadOnlyList<SharingDecision> Decide(IReadOnlyList<StixObject> versions) => MarkingPolicy.DecideAll(versions, _rule, _context);

    /// <summary>True when a read of <paramref name="version"/> goes on the record: a classification (object or
    /// granular) at or above <c>Tocsin:Classification:RecordReadsFrom</c>, or any compartment.</summary>
    public bool IsRecorded(StixObject version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.Category == StixObjectCategory.MarkingDefinition && Recorded(_context.Markings.Find(version.Id) ?? SharingMarkings.Read(version)))
        {
            return true;
        }

        return _anyRecorded
            && (version.ObjectMarkingRefs.Any(id => Recorded(_context.Markings.Find(id))) || GranularRefs(version).Any(id => Recorded(_context.Markings.Find(id))));
    }

    private bool Recorded(SharingMarking? marking) => marking?.Kind switch
    {
        SharingMarkingKind.Classification => _national.Scale.RankOrAbove(marking.Term) >= _national.RecordFromRank,
        SharingMarkingKind.Compartment => true,
        SharingMarkingKind.Caveat or SharingMarkingKind.Tlp or SharingMarkingKind.RelTo or SharingMarkingKind.Recipients
            or SharingMarkingKind.Tearline or SharingMarkingKind.Neutral or null => false,
    };

    private static IEnumerable<string> GranularRefs(StixObject version)
    {
        if (!version.Root.TryGetProperty("granular_markings", out var granular) || granular.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var entry in granular.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("marking_ref", out var reference) && reference.ValueKind == JsonValueKind.String)
            {
                yield return reference.GetString()!;
            }
        }
    }
}
