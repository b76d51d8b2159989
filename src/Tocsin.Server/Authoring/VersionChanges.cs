using System.Text.Encodings.Web;
using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Server.Authoring;

/// <summary>What changed between two versions of an object: properties added, removed or changed, descending into
/// nested objects (extensions) so a changed toll reads as <c>extensions.{id}.killed</c> rather than "extensions".
/// Values are compared in their canonical form (RFC 8785), so key order and number spelling are no change.</summary>
public static class VersionChanges
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, in property order (the newer
    /// version's order, then properties only the older one had).</summary>
    public static IReadOnlyList<PropertyChange> Between(JsonElement before, JsonElement after)
    {
        var changes = new List<PropertyChange>();
        Compare(string.Empty, before, after, changes);
        return changes;
    }

    private static void Compare(string prefix, JsonElement before, JsonElement after, List<PropertyChange> changes)
    {
        foreach (var property in after.EnumerateObject())
        {
            var path = prefix + property.Name;
            if (!before.TryGetProperty(property.Name, out var old))
            {
                changes.Add(new PropertyChange(path, "added", null, Text(property.Value)));
            }
            else if (old.ValueKind == JsonValueKind.Object && property.Value.ValueKind == JsonValueKind.Object)
            {
                Compare(path + ".", old, property.Value, changes);
            }
            else if (!JsonCanonicalizer.Canonicalize(old).AsSpan().SequenceEqual(JsonCanonicalizer.Canonicalize(property.Value)))
            {
                changes.Add(new PropertyChange(path, "changed", Text(old), Text(property.Value)));
            }
        }

        foreach (var property in before.EnumerateObject())
        {
            if (!after.TryGetProperty(property.Name, out _))
            {
                changes.Add(new PropertyChange(prefix + property.Name, "removed", Text(property.Value), null));
            }
        }
    }

    // Strings read as themselves; anything else as compact JSON.
    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : JsonSerializer.Serialize(value, Compact);
}
