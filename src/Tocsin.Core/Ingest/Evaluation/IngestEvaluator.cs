using System.Globalization;
using System.Text.Json;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>Scores ingest against gold annotations, field by field (docs/ingest.md, "Evaluation").</summary>
public static class IngestEvaluator
{
    /// <summary>The fields scored, in the order printed.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["actors", "killed", "injured", "outcome", "claims", "attributions", "level_changes", "locations", "dates", "quotes"];

    /// <summary>The fields a gold file may hold: the scored <see cref="Fields"/> and <c>incidents</c>, one
    /// <c>date|place|killed|injured|outcome</c> per incident of a report that tells of several.</summary>
    public static IReadOnlyList<string> GoldFields { get; } = [.. Fields, "incidents"];

    /// <summary>Ingests every case (with no known actors) and compares the drafts with the gold. A case that
    /// fails to ingest counts every gold value as missed and is listed in <see cref="EvaluationResult.Failures"/>.</summary>
    public static EvaluationResult Evaluate(IReadOnlyList<CorpusCase> cases, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var counts = Fields.ToDictionary(f => f, _ => new int[3], StringComparer.Ordinal);
        var misses = new List<CaseMiss>();
        var failures = new List<string>();
        foreach (var corpusCase in cases)
        {
            var draft = ReportIngestor.Ingest(corpusCase.Input, [], clock);
            if (!draft.IsSuccess)
            {
                failures.Add($"{corpusCase.Id}: {draft.Error.Code}: {draft.Error.Message}");
            }

            var predicted = draft.IsSuccess ? Predicted(draft.Value) : Fields.ToDictionary(f => f, _ => new List<string>(), StringComparer.Ordinal);
            foreach (var field in Fields)
            {
                Compare(corpusCase.Id, field, corpusCase.Gold[field], predicted[field], counts[field], misses);
            }
        }

        var scores = Fields.Select(f => new FieldScore(f, counts[f][0], counts[f][1], counts[f][2])).ToList();
        return new EvaluationResult(cases.Count, scores, misses, failures);
    }

    /// <summary>The values of each field in a draft, as the gold files write them.</summary>
    public static Dictionary<string, List<string>> Predicted(DraftBundle draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var result = Fields.ToDictionary(f => f, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var item in draft.Items)
        {
            switch (item.Field)
            {
                case DraftField.Actor: result["actors"].Add(item.Label); break;
                case DraftField.Claim: result["claims"].Add(item.Label); break;
                case DraftField.Attribution: result["attributions"].Add(item.Label); break;
                case DraftField.LevelChange: result["level_changes"].Add(item.Label); break;
                case DraftField.Location: result["locations"].Add(item.Label); break;
                case DraftField.Quote: result["quotes"].Add(item.Label); break;
                case DraftField.Incident: AddIncident(item.Object!, result); break;
                case DraftField.Report:
                case DraftField.Source:
                case DraftField.Party:
                case DraftField.Link:
                    break;
            }
        }

        result["dates"].AddRange(draft.Dates.Select(d => d.Value));
        return result;
    }

    private static void AddIncident(StixObject incident, Dictionary<string, List<string>> result)
    {
        var extensions = incident.Root.GetProperty("extensions");
        var determination = extensions.GetProperty(TocsinExtensions.OasisIncidentCoreId).GetProperty("determination").GetString();
        result["outcome"].Add(determination switch
        {
            "successful-attempt" => "completed",
            "failed-attempt" => "attempted",
            "blocked" => "foiled",
            _ => "unknown",
        });
        var terrorism = extensions.GetProperty(TocsinExtensions.TerrorismIncidentId);
        foreach (var (property, field) in new[] { ("killed", "killed"), ("injured", "injured") })
        {
            if (terrorism.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number)
            {
                result[field].Add(value.GetInt32().ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static void Compare(string caseId, string field, IReadOnlyList<string> gold, List<string> predicted, int[] counts, List<CaseMiss> misses)
    {
        var expected = gold.Distinct(StringComparer.Ordinal).ToList();
        var found = predicted.Distinct(StringComparer.Ordinal).ToList();
        foreach (var value in found)
        {
            var match = expected.FirstOrDefault(g => Same(field, g, value));
            if (match is not null)
            {
                counts[0]++;
                expected.Remove(match);
            }
            else
            {
                counts[1]++;
                misses.Add(new CaseMiss(caseId, field, value, Missing: false));
            }
        }

        counts[2] += expected.Count;
        misses.AddRange(expected.Select(v => new CaseMiss(caseId, field, v, Missing: true)));
    }

    /// <summary>Exact match, except speakers, which match when one contains the other ("Macron" and
    /// "French President Emmanuel Macron").</summary>
    private static bool Same(string field, string gold, string value) =>
        field == "quotes"
            ? value.Contains(gold, StringComparison.OrdinalIgnoreCase) || gold.Contains(value, StringComparison.OrdinalIgnoreCase)
            : string.Equals(gold, value, StringComparison.Ordinal);
}
