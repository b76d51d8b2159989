using System.Text.Json;

namespace Tocsin.Core.Classification;

/// <summary>The shipped scales (<c>fr</c>, <c>uk</c>) and the reading of a scale file
/// (docs/classification.md): <c>{"name", "country", "levels": [lowest…highest], "caveats": [{"name", "rule"}]}</c>
/// where a rule is <c>originator-controlled</c> or <c>national-only</c>.</summary>
public static class ClassificationScales
{
    private const string ResourcePrefix = "Tocsin.Core.Classification.Data.";

    private static readonly Lazy<ClassificationScale> _french = new(() => Parse(Resource("fr.json"), "fr").Value);
    private static readonly Lazy<ClassificationScale> _british = new(() => Parse(Resource("uk.json"), "uk").Value);

    /// <summary>NON PROTÉGÉ &lt; DIFFUSION RESTREINTE &lt; SECRET &lt; TRÈS SECRET; ORCON, SPÉCIAL FRANCE, NOFORN.</summary>
    public static ClassificationScale French => _french.Value;

    /// <summary>OFFICIAL &lt; OFFICIAL-SENSITIVE &lt; SECRET &lt; TOP SECRET; ORCON, UK EYES ONLY, NOFORN.</summary>
    public static ClassificationScale British => _british.Value;

    /// <summary>The scale a setting names: <c>fr</c> (also when empty), <c>uk</c>, or the path of a scale file.
    /// Fails with <c>classification-scale-invalid</c> for a missing or malformed file.</summary>
    public static Result<ClassificationScale> Load(string? setting)
    {
        var text = setting?.Trim() ?? string.Empty;
        if (text.Length == 0 || string.Equals(text, "fr", StringComparison.OrdinalIgnoreCase))
        {
            return French;
        }

        if (string.Equals(text, "uk", StringComparison.OrdinalIgnoreCase))
        {
            return British;
        }

        if (!File.Exists(text))
        {
            return Invalid(text, "it is neither fr, uk nor an existing file");
        }

        return Parse(File.ReadAllBytes(text), text);
    }

    /// <summary>Reads a scale file's bytes; <paramref name="source"/> names it in errors.</summary>
    public static Result<ClassificationScale> Parse(byte[] json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("levels", out var levels) || levels.ValueKind != JsonValueKind.Array
                || levels.EnumerateArray().Any(l => l.ValueKind != JsonValueKind.String))
            {
                return Invalid(source, "it needs \"levels\", an array of names from the lowest to the highest");
            }

            var caveats = new List<Caveat>();
            if (root.TryGetProperty("caveats", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array)
                {
                    return Invalid(source, "\"caveats\" must be an array");
                }

                foreach (var entry in list.EnumerateArray())
                {
                    if (ReadCaveat(entry) is not { } caveat)
                    {
                        return Invalid(source, "each caveat needs a \"name\" and a \"rule\" (originator-controlled or national-only)");
                    }

                    caveats.Add(caveat);
                }
            }

            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : source;
            var country = root.TryGetProperty("country", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()!.ToUpperInvariant() : null;
            return new ClassificationScale(name, country, [.. levels.EnumerateArray().Select(l => l.GetString()!)], caveats);
        }
        catch (JsonException exception)
        {
            return Invalid(source, "it is not JSON: " + exception.Message);
        }
        catch (ArgumentException exception)
        {
            return Invalid(source, exception.Message);
        }
    }

    private static Caveat? ReadCaveat(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object
            || !entry.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
            || !entry.TryGetProperty("rule", out var rule) || rule.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        CaveatRule? parsed = rule.GetString() switch
        {
            "originator-controlled" => CaveatRule.OriginatorControlled,
            "national-only" => CaveatRule.NationalOnly,
            _ => null,
        };
        return parsed is { } value ? new Caveat(name.GetString()!, value) : null;
    }

    private static Error Invalid(string source, string why) =>
        new("classification-scale-invalid", $"The classification scale '{source}' cannot be used: {why}.");

    private static byte[] Resource(string fileName)
    {
        using var stream = typeof(ClassificationScales).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourcePrefix}{fileName}' is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
