using Tocsin.Core;
using Tocsin.Core.Classification;
using Tocsin.Core.Sharing;

namespace Tocsin.Storage.Classification;

/// <summary>What a clearance may hold, checked once for the API and the CLI: a level of the scale and compartments an
/// administrator created (a compartment marking of our picture).</summary>
public static class ClearanceChecks
{
    /// <summary>The clearance to store, or <c>classification-level-unknown</c>, <c>compartment-name-invalid</c> or
    /// <c>compartment-unknown</c>.</summary>
    public static async Task<Result<Clearance>> CheckAsync(ITocsinStore store, string? level, IReadOnlyList<string> compartments,
        ClassificationScale scale, IReadOnlyCollection<string> ours, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(compartments);
        if (scale.Find(level) is not { } found)
        {
            return ClassificationErrors.LevelUnknown(level ?? string.Empty, scale.Levels);
        }

        if (compartments.FirstOrDefault(c => !ClassificationMarkings.IsCompartmentName(c)) is { } invalid)
        {
            return ClassificationErrors.CompartmentNameInvalid(invalid);
        }

        var known = (await NationalMarkings.ListAsync(store, ours, cancellationToken))
            .Where(m => m.Kind == SharingMarkingKind.Compartment).Select(m => m.Term).ToHashSet(StringComparer.Ordinal);
        if (compartments.FirstOrDefault(c => !known.Contains(ClassificationScale.Key(c))) is { } unknown)
        {
            return ClassificationErrors.CompartmentUnknown(unknown);
        }

        return new Clearance(found, [.. compartments.Select(ClassificationScale.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}
