using System.Text.Json.Nodes;

namespace Tocsin.Core.Sharing;

/// <summary>Applies <see cref="TearlineTexts"/> to the content a tearline is built from: every text property gets
/// its released text, is omitted, or (with an approver) stands as in the original; <c>external_references</c> are
/// dropped unless released as they stand. Nothing of the original's text reaches the tearline otherwise.</summary>
internal static class TearlineWriting
{
    private const string ExternalReferences = "external_references";

    private static readonly HashSet<string> _lists = new(StringComparer.Ordinal) { "aliases", "goals", "authors" };

    /// <summary>The written content, or <c>tearline-text-not-text</c>, <c>tearline-text-shape</c>,
    /// <c>tearline-text-missing</c>, <c>tearline-text-copied</c>. Properties in <paramref name="redacted"/> (removed by
    /// a granular marking) need no text unless the analyst writes one.</summary>
    public static Result<JsonObject> Apply(JsonObject source, JsonObject original, TearlineTexts texts, bool edited, IReadOnlySet<string> redacted)
    {
        var named = texts.Released.Keys.Concat(texts.Omitted).Concat(texts.AsTheyStand.Where(p => p != ExternalReferences));
        if (named.FirstOrDefault(p => !TearlineTextRule.IsTextProperty(p, original[p] ?? source[p] ?? JsonValue.Create(string.Empty))) is { } notText)
        {
            return new Error("tearline-text-not-text", $"'{notText}' is not a text property of a {original["type"]}; only text properties are written for release.");
        }

        var written = source.DeepClone().AsObject();
        var properties = original.Concat(source).Where(p => TearlineTextRule.IsTextProperty(p.Key, p.Value)).Select(p => p.Key)
            .Where(p => !redacted.Contains(p)).Concat(texts.Released.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var missing = new List<string>();
        var copied = new List<string>();
        foreach (var name in properties)
        {
            if (texts.Released.TryGetValue(name, out var released))
            {
                var asList = original[name] is JsonArray || (original[name] is null && _lists.Contains(name));
                if (!asList && released.Count != 1)
                {
                    return new Error("tearline-text-shape", $"'{name}' takes one released text, not {released.Count}.");
                }

                written[name] = asList ? new JsonArray([.. released.Select(t => (JsonNode?)JsonValue.Create(t))]) : JsonValue.Create(released[0]);
                Check(name, original[name], released, texts, copied);
            }
            else if (texts.Omitted.Contains(name))
            {
                written.Remove(name);
            }
            else if (texts.AsTheyStand.Contains(name))
            {
                Replace(written, name, original[name]);
            }
            else if (edited && source[name] is { } value && TearlineTextRule.Strings(value) is { } editedTexts)
            {
                Check(name, original[name], editedTexts, texts, copied);
            }
            else
            {
                missing.Add(name);
            }
        }

        Replace(written, ExternalReferences, texts.AsTheyStand.Contains(ExternalReferences) ? original[ExternalReferences] : null);
        return missing.Count > 0
            ? new Error("tearline-text-missing", $"Write the released text of {string.Join(", ", missing)} (or omit it): a tearline is written, not copied.")
            : copied.Count > 0
            ? new Error("tearline-text-copied", $"The released {string.Join(", ", copied)} matches the restricted original; write new text, or have a second person with the approver role release it as it stands.")
            : written;
    }

    private static void Check(string name, JsonNode? original, IEnumerable<string> released, TearlineTexts texts, List<string> copied)
    {
        if (!texts.AsTheyStand.Contains(name) && TearlineTextRule.Copies(original, released))
        {
            copied.Add(name);
        }
    }

    private static void Replace(JsonObject written, string name, JsonNode? value)
    {
        written.Remove(name);
        if (value is not null)
        {
            written[name] = value.DeepClone();
        }
    }
}
