using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Writing;

namespace Tocsin.Core.Classification;

/// <summary>Tocsin's national classification markings (docs/classification.md): marking definitions created by our
/// organisation carrying the classification marking extension with exactly one of <c>classification</c> (a level),
/// <c>caveat</c> or <c>compartment</c>.</summary>
public static class ClassificationMarkings
{
    /// <summary>The extension-definition of classification markings (a property extension of marking-definition).</summary>
    public const string ExtensionDefinitionId = "extension-definition--37cb7fc3-cdb9-426d-9c0a-2cda700a11a1";

    /// <summary>The longest compartment name.</summary>
    public const int MaxCompartmentLength = 64;

    private static readonly Lazy<StixObject> _definition = new(() =>
    {
        using var stream = typeof(ClassificationMarkings).Assembly.GetManifestResourceStream(
            "Tocsin.Core.Classification.Data.classification-marking-extension-definition.json")
            ?? throw new InvalidOperationException("The classification marking extension-definition is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return StixObject.FromTrusted(buffer.ToArray());
    });

    /// <summary>The extension-definition (created by <see cref="TocsinExtensions.TocsinIdentityId"/>), stored with the
    /// first classification marking so that a reader of the picture can resolve it.</summary>
    public static StixObject ExtensionDefinition => _definition.Value;

    /// <summary>True when <paramref name="name"/> (trimmed, upper-cased) is a valid compartment name: 1 to 64
    /// letters, digits, spaces, hyphens or underscores, starting with a letter or digit.</summary>
    public static bool IsCompartmentName(string? name)
    {
        var key = ClassificationScale.Key(name ?? string.Empty);
        return key.Length is > 0 and <= MaxCompartmentLength && char.IsLetterOrDigit(key[0])
            && key.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_');
    }

    /// <summary>A new marking definition of <paramref name="kind"/> naming <paramref name="term"/> (already checked
    /// against the scale or <see cref="IsCompartmentName"/>), created by <paramref name="organisationIdentityId"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a classification kind.</exception>
    public static StixObject Create(SharingMarkingKind kind, string term, string organisationIdentityId, TimeProvider clock)
    {
        var key = ClassificationScale.Key(term);
        var (property, name) = kind switch
        {
            SharingMarkingKind.Classification => ("classification", key),
            SharingMarkingKind.Caveat => ("caveat", key),
            SharingMarkingKind.Compartment => ("compartment", "COMPARTMENT " + key),
            SharingMarkingKind.Tlp or SharingMarkingKind.RelTo or SharingMarkingKind.Recipients or SharingMarkingKind.Tearline
                or SharingMarkingKind.Neutral => throw new ArgumentException($"{kind} is not a classification marking.", nameof(kind)),
        };
        var extension = new JsonObject { ["extension_type"] = "property-extension", [property] = key };
        return StixObjectBuilder.Create("marking-definition", clock)
            .CreatedBy(organisationIdentityId)
            .Set("name", name)
            .WithExtension(ExtensionDefinitionId, extension)
            .Build();
    }

    /// <summary>What the extension of marking definition <paramref name="id"/> means. A malformed extension reads as a
    /// classification with no level: above every clearance and ceiling, so damage is never a release.</summary>
    public static SharingMarking ReadExtension(string id, JsonElement extension)
    {
        foreach (var (property, kind) in new[]
                 {
                     ("classification", SharingMarkingKind.Classification),
                     ("caveat", SharingMarkingKind.Caveat),
                     ("compartment", SharingMarkingKind.Compartment),
                 })
        {
            if (extension.TryGetProperty(property, out var value))
            {
                var term = value.ValueKind == JsonValueKind.String ? ClassificationScale.Key(value.GetString()!) : null;
                return new SharingMarking(id, kind, null, []) { Term = string.IsNullOrEmpty(term) ? null : term };
            }
        }

        return new SharingMarking(id, SharingMarkingKind.Classification, null, []);
    }

    /// <summary>True when <paramref name="marking"/> is a classification, caveat or compartment marking.</summary>
    public static bool IsNational(SharingMarking? marking) =>
        marking?.Kind is SharingMarkingKind.Classification or SharingMarkingKind.Caveat or SharingMarkingKind.Compartment;
}
