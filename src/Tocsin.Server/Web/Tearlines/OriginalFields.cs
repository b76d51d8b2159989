using System.Text.Json;
using System.Text.Json.Nodes;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Web.Tearlines;

/// <summary>The original's properties for the side-by-side page, in the object's order, and whether an object is
/// restricted enough for a tearline to make sense. Which properties are text is the release rules' own
/// (<see cref="TearlineTextRule.IsTextProperty"/>).</summary>
public static class OriginalFields
{
    /// <summary>Every property of <paramref name="original"/>, text properties flagged.</summary>
    public static IReadOnlyList<OriginalField> Of(StixObject original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return [.. original.Root.EnumerateObject().Select(p => new OriginalField(p.Name, Values(p.Value), IsStrings(p.Value) && p.Value.ValueKind == JsonValueKind.Array,
            IsStrings(p.Value) && TearlineTextRule.IsTextProperty(p.Name, JsonNode.Parse(p.Value.GetRawText()))))];
    }

    /// <summary>The TLP level the original carries, or null when it carries none (then the sharing default applies).</summary>
    public static TlpLevel? TlpOf(StixObject original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return original.Root.TryGetProperty("object_marking_refs", out var refs) && refs.ValueKind == JsonValueKind.Array
            ? refs.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.String ? TlpMarkings.LevelOf(r.GetString()) : null).FirstOrDefault(l => l is not null)
            : null;
    }

    /// <summary>True when a tearline of <paramref name="original"/> could release it lower: it is not TLP:CLEAR, or it
    /// carries any further marking (REL TO, statements) or granular markings.</summary>
    public static bool IsRestricted(StixObject original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var markings = original.Root.TryGetProperty("object_marking_refs", out var refs) && refs.ValueKind == JsonValueKind.Array ? refs.GetArrayLength() : 0;
        return TlpOf(original) != TlpLevel.Clear || markings > 1 || original.Root.TryGetProperty("granular_markings", out _);
    }

    private static bool IsStrings(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        || (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String));

    private static List<string> Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array when IsStrings(value) => [.. value.EnumerateArray().Select(i => i.GetString()!)],
        _ => [value.GetRawText()],
    };
}
