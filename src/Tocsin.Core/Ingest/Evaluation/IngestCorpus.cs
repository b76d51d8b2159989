using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>The evaluation corpus shipped in the assembly (src/Tocsin.Core/Ingest/Corpus): short reports
/// written for Tocsin (<c>NN-name.txt</c>) with their gold annotations (<c>NN-name.json</c>).</summary>
public static class IngestCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusCase>> Shipped = new(() => Load());

    /// <summary>Every case, ordered by id.</summary>
    public static IReadOnlyList<CorpusCase> Cases => Shipped.Value;

    private static List<CorpusCase> Load()
    {
        var cases = new List<CorpusCase>();
        foreach (var name in IngestResources.Names(IngestResources.CorpusPrefix).Where(n => n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var id = name[IngestResources.CorpusPrefix.Length..^".json".Length];
            var text = Encoding.UTF8.GetString(IngestResources.ReadResource(IngestResources.CorpusPrefix + id + ".txt"));
            using var document = JsonDocument.Parse(IngestResources.ReadResource(name));
            var root = document.RootElement;
            var input = new ReportInput(
                text,
                root.GetProperty("source").GetString()!,
                DateTimeOffset.Parse(root.GetProperty("published").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                root.TryGetProperty("language", out var language) ? language.GetString() : null);
            var gold = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var field in IngestEvaluator.Fields)
            {
                gold[field] = root.GetProperty("gold").TryGetProperty(field, out var values)
                    ? [.. values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetInt32().ToString(CultureInfo.InvariantCulture) : v.GetString()!)]
                    : [];
            }

            cases.Add(new CorpusCase(id, input, gold));
        }

        return cases;
    }
}
