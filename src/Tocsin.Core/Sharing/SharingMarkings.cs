using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Classification;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Writing;

namespace Tocsin.Core.Sharing;

/// <summary>Tocsin's sharing markings (docs/sharing.md): marking definitions carrying the Tocsin sharing
/// marking extension, with exactly one of <c>rel_to</c>, <c>recipients</c> or <c>tearline</c>.</summary>
public static class SharingMarkings
{
    /// <summary>The extension-definition of Tocsin's sharing markings (a property extension of marking-definition).</summary>
    public const string ExtensionDefinitionId = "extension-definition--dd1adebf-1cc0-40e3-904d-afb3514bf192";

    /// <summary>The one tearline marking definition, carried by every tearline object.</summary>
    public const string TearlineId = "marking-definition--bb2b472b-941a-4c8f-92ff-8e8aed348ef8";

    private const string ResourcePrefix = "Tocsin.Core.Sharing.Data.";

    private static readonly Lazy<IReadOnlyList<StixObject>> _objects = new(() =>
    [
        StixObject.FromTrusted(Resource("sharing-marking-extension-definition.json")),
        StixObject.FromTrusted(Resource("tearline-marking.json")),
    ]);

    /// <summary>The extension-definition (created by <see cref="TocsinExtensions.TocsinIdentityId"/>) and the
    /// tearline marking definition, as published with every export of shared objects.</summary>
    public static IReadOnlyList<StixObject> All => _objects.Value;

    /// <summary>The tearline marking definition.</summary>
    public static StixObject Tearline => _objects.Value[1];

    /// <summary>A new REL TO marking definition created by <paramref name="organisationIdentityId"/>.</summary>
    /// <exception cref="ArgumentException">No codes, or a code that is neither alpha-3 nor upper-case letters.</exception>
    public static StixObject RelTo(IReadOnlyList<string> codes, string organisationIdentityId, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0 || codes.Any(c => c.Length == 0 || !c.All(char.IsAsciiLetterUpper)))
        {
            throw new ArgumentException("REL TO needs one or more upper-case codes (FRA, DEU, EU…).", nameof(codes));
        }

        return Marking("REL TO " + string.Join(", ", codes), "rel_to", codes, organisationIdentityId, clock);
    }

    /// <summary>A new named-recipients marking definition: TLP:RED content from another originator may
    /// be passed on to these recipients (partner names or recipient list names). Never itself shared.</summary>
    /// <exception cref="ArgumentException">No recipients.</exception>
    public static StixObject Recipients(IReadOnlyList<string> recipients, string organisationIdentityId, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        if (recipients.Count == 0 || recipients.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A recipients marking needs one or more names.", nameof(recipients));
        }

        return Marking("TLP:RED recipients", "recipients", recipients, organisationIdentityId, clock);
    }

    /// <summary>Reads what a marking definition means for sharing; null when <paramref name="marking"/> is
    /// not a marking-definition.</summary>
    public static SharingMarking? Read(StixObject marking)
    {
        ArgumentNullException.ThrowIfNull(marking);
        if (marking.Category != StixObjectCategory.MarkingDefinition)
        {
            return null;
        }

        if (TlpMarkings.LevelOf(marking.Id) is { } standard)
        {
            return new SharingMarking(marking.Id, SharingMarkingKind.Tlp, standard, []);
        }

        var root = marking.Root;
        if (root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object)
        {
            if (extensions.TryGetProperty(ClassificationMarkings.ExtensionDefinitionId, out var national) && national.ValueKind == JsonValueKind.Object)
            {
                return ClassificationMarkings.ReadExtension(marking.Id, national);
            }

            if (extensions.TryGetProperty(ExtensionDefinitionId, out var ours) && ours.ValueKind == JsonValueKind.Object)
            {
                return ReadOurs(marking.Id, ours);
            }

            if (extensions.TryGetProperty(TlpMarkings.Tlp2ExtensionDefinitionId, out var tlp2) && tlp2.ValueKind == JsonValueKind.Object
                && tlp2.TryGetProperty("tlp_2_0", out var level2))
            {
                return TlpShaped(marking.Id, level2);
            }
        }

        if (root.TryGetProperty("definition_type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "tlp"
            && root.TryGetProperty("definition", out var definition) && definition.ValueKind == JsonValueKind.Object
            && definition.TryGetProperty("tlp", out var level1))
        {
            return TlpShaped(marking.Id, level1);
        }

        return new SharingMarking(marking.Id, SharingMarkingKind.Neutral, null, []);
    }

    private static SharingMarking ReadOurs(string id, JsonElement extension)
    {
        if (extension.TryGetProperty("tearline", out var tearline) && tearline.ValueKind == JsonValueKind.True)
        {
            return new SharingMarking(id, SharingMarkingKind.Tearline, null, []);
        }

        if (extension.TryGetProperty("recipients", out var recipients))
        {
            return new SharingMarking(id, SharingMarkingKind.Recipients, null, Strings(recipients, upper: false));
        }

        // A Tocsin sharing marking that is not a recipients list or a tearline restricts by rel_to; a missing
        // or malformed list matches nobody, so damage is never a release.
        return new SharingMarking(id, SharingMarkingKind.RelTo, null,
            extension.TryGetProperty("rel_to", out var relTo) ? Strings(relTo, upper: true) : []);
    }

    // A TLP-shaped marking under an unknown id: an unreadable level reads as RED, the safe side.
    private static SharingMarking TlpShaped(string id, JsonElement level)
    {
        var parsed = level.ValueKind == JsonValueKind.String ? PartnerProfileRules.ParseTlp(level.GetString()) : default;
        return new SharingMarking(id, SharingMarkingKind.Tlp, parsed.IsSuccess ? parsed.Value : TlpLevel.Red, []);
    }

    private static List<string> Strings(JsonElement array, bool upper)
    {
        var list = new List<string>();
        if (array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    list.Add(upper ? item.GetString()!.ToUpperInvariant() : item.GetString()!);
                }
            }
        }

        return list;
    }

    private static StixObject Marking(string name, string property, IReadOnlyList<string> values, string organisationIdentityId, TimeProvider clock)
    {
        var extension = new JsonObject { ["extension_type"] = "property-extension" };
        extension[property] = new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
        return StixObjectBuilder.Create("marking-definition", clock)
            .CreatedBy(organisationIdentityId)
            .Set("name", name)
            .WithExtension(ExtensionDefinitionId, extension)
            .Build();
    }

    private static byte[] Resource(string fileName)
    {
        using var stream = typeof(SharingMarkings).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourcePrefix}{fileName}' is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
