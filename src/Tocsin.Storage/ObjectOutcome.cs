using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>The fate of one object.</summary>
/// <param name="Id">The object's id as written (empty when it had none).</param>
/// <param name="Version">The version's key text (<c>modified</c>/<c>created</c> as received, or the content hash), when known.</param>
/// <param name="Kind">Added, duplicate, conflict or rejected.</param>
/// <param name="Issues">Validation problems (warnings for accepted objects, errors for rejected ones).</param>
/// <param name="DateAdded">For added and duplicate objects, the version's <c>date_added</c> in the collection.</param>
public sealed record ObjectOutcome(string Id, string? Version, ObjectOutcomeKind Kind, IReadOnlyList<ValidationIssue> Issues, DateAddedStamp? DateAdded)
{
    /// <summary>Added or duplicate: the object is in the collection.</summary>
    public bool Succeeded => Kind is ObjectOutcomeKind.Added or ObjectOutcomeKind.Duplicate;
}
