using System.Globalization;
using System.Text.Json;

namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>Reads one gold file and its report text into a <see cref="CorpusCase"/>.</summary>
internal static class CorpusCaseReader
{
    /// <summary>The case whose gold is <paramref name="jsonPath"/> and whose text is the <c>.txt</c> beside it.</summary>
    /// <exception cref="InvalidDataException">The gold is not valid or the text is missing.</exception>
    public static CorpusCase Read(string jsonPath)
    {
        var id = Path.GetFileNameWithoutExtension(jsonPath);
        var textPath = Path.ChangeExtension(jsonPath, ".txt");
        if (!File.Exists(textPath))
        {
            throw new InvalidDataException($"{id}: the gold has no report text ({Path.GetFileName(textPath)}).");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
            return FromJson(id, File.ReadAllText(textPath), document.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{id}: invalid gold: {e.Message}", e);
        }
    }

    private static CorpusCase FromJson(string id, string text, JsonElement root)
    {
        var language = root.TryGetProperty("language", out var l) ? l.GetString()! : "en";
        var input = new ReportInput(
            text,
            root.GetProperty("source").GetString()!,
            DateTimeOffset.Parse(root.GetProperty("published").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            // The split records how the text was written; ingest is told only the language it reads.
            language.StartsWith("fr", StringComparison.Ordinal) ? "fr" : "en");
        var goldElement = root.GetProperty("gold");
        var gold = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in IngestEvaluator.Fields)
        {
            gold[field] = goldElement.TryGetProperty(field, out var values) ? Values(values) : [];
        }

        return new CorpusCase(id, input, gold)
        {
            Language = language,
            Incidents = Strings(root, "incidents"),
            Countries = Strings(root, "countries"),
            Categories = Strings(root, "categories"),
            Fictional = root.TryGetProperty("fictional", out var f) && f.GetBoolean(),
            Notes = root.TryGetProperty("notes", out var n) ? n.GetString() : null,
        };
    }

    private static List<string> Values(JsonElement values) =>
        [.. values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetInt32().ToString(CultureInfo.InvariantCulture) : v.GetString()!)];

    private static List<string> Strings(JsonElement root, string property) =>
        root.TryGetProperty(property, out var values) ? Values(values) : [];
}
