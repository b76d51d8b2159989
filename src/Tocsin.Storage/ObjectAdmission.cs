using Tocsin.Core.Stix;

namespace Tocsin.Storage;

/// <summary>Decides, before any write, which objects of a batch may be stored: the engine-neutral half of
/// <see cref="ITocsinStore.AddObjectsAsync(Guid, IReadOnlyList{StixObject}, CancellationToken)"/>.</summary>
internal static class ObjectAdmission
{
    /// <summary>STIX 2.1 §3.1 (<c>spec_version</c>): an object without the property is 2.0, except SCOs,
    /// which only exist as top-level objects since 2.1. TAXII 2.1 §3.4.2 filters on this value.</summary>
    public static string ImpliedSpecVersion(StixObject stixObject) =>
        stixObject.SpecVersion ?? (stixObject.Category == StixObjectCategory.CyberObservable ? "2.1" : "2.0");

    /// <summary>Validates each object. Accepted ones go to <paramref name="admitted"/>; every object gets
    /// a slot in the returned outcome array, filled here for rejected ones and left null for the engine.</summary>
    public static ObjectOutcome?[] Admit(IReadOnlyList<StixObject> objects, List<AdmittedObject> admitted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var outcomes = new ObjectOutcome?[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stixObject = objects[i] ?? throw new ArgumentException($"Object {i} is null.", nameof(objects));
            var issues = Issues(stixObject);
            if (StixValidator.HasErrors(issues))
            {
                outcomes[i] = new ObjectOutcome(stixObject.Id, VersionOf(stixObject), ObjectOutcomeKind.Rejected, issues, null);
                continue;
            }

            var timestamp = stixObject.VersionTimestamp;
            admitted.Add(new AdmittedObject(i, stixObject, timestamp?.Text, timestamp?.Instant.UtcTicks,
                ImpliedSpecVersion(stixObject), stixObject.ContentHash.ToArray(), issues));
        }

        return outcomes;
    }

    /// <summary>The version text an outcome reports: the timestamp as received, else the content-hash key.</summary>
    public static string? VersionOf(StixObject stixObject) =>
        stixObject.VersionTimestamp?.Text ?? (string.IsNullOrEmpty(stixObject.Id) ? null : stixObject.VersionKey);

    private static IReadOnlyList<ValidationIssue> Issues(StixObject stixObject)
    {
        var issues = StixValidator.Validate(stixObject);
        if (stixObject.VersionTimestamp is not null || !NeedsVersionTimestamp(stixObject.Category))
        {
            return issues;
        }

        // The store keys versions by (id, modified/created); without one, this version could never be
        // told apart from the next, so it is refused even if the validator has not said so.
        var id = string.IsNullOrEmpty(stixObject.Id) ? null : stixObject.Id;
        return [.. issues, new ValidationIssue(ValidationSeverity.Error, id, "$.modified", "version-missing",
            "The object has no valid 'modified' or 'created' timestamp to identify its version.")];
    }

    private static bool NeedsVersionTimestamp(StixObjectCategory category) => category switch
    {
        StixObjectCategory.DomainObject or StixObjectCategory.RelationshipObject or StixObjectCategory.MarkingDefinition
            or StixObjectCategory.ExtensionDefinition or StixObjectCategory.LanguageContent => true,
        StixObjectCategory.CyberObservable or StixObjectCategory.Custom => false,
    };
}
