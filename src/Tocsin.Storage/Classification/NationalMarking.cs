using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Classification;

/// <summary>A national marking definition of our picture.</summary>
/// <param name="Id">The marking-definition id (what objects reference in <c>object_marking_refs</c>).</param>
/// <param name="Kind">Classification, caveat or compartment.</param>
/// <param name="Term">The level, caveat or compartment name, upper case.</param>
/// <param name="Created">Its <c>created</c> time.</param>
public sealed record NationalMarking(string Id, SharingMarkingKind Kind, string Term, DateTimeOffset Created)
{
    /// <summary>The kind as the API and CLI spell it: <c>classification</c>, <c>caveat</c> or <c>compartment</c>.</summary>
    public string KindName => NationalMarkings.KindName(Kind);
}
