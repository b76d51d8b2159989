namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>Scores ingest against gold annotations, field by field, and measures how well its confidences are
/// calibrated (docs/ingest.md, "Evaluation").</summary>
public static class IngestEvaluator
{
    /// <summary>The fields scored, in the order printed. <c>incidents</c> (one <c>date|place|killed|injured|outcome</c>
    /// per incident) is scored only on reports whose gold lists several incidents.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["actors", "killed", "injured", "outcome", "claims", "attributions", "level_changes", "locations", "dates", "quotes", "incidents"];

    /// <summary>Fields whose gold holds one value per incident, so that two incidents may give the same figure.</summary>
    private static readonly HashSet<string> PerIncident = new(["killed", "injured", "incidents"], StringComparer.Ordinal);

    /// <summary>Ingests every case (with no known actors) and compares the drafts with the gold (<see cref="Score"/>).</summary>
    public static EvaluationResult Evaluate(IReadOnlyList<CorpusCase> cases, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return Score([.. cases.Select(c =>
        {
            var draft = ReportIngestor.Ingest(c.Input, [], clock);
            return draft.IsSuccess ? new CaseDraft(c, DraftedValues.Of(draft.Value)) : new CaseDraft(c, [], $"{draft.Error.Code}: {draft.Error.Message}");
        })]);
    }

    /// <summary>Compares drafts with their gold: per field, values found in the gold (TP), drafted but not in it (FP)
    /// and in it but not drafted (FN); calibration over every drafted item. A report that failed to ingest counts
    /// every gold value as missed and is listed in <see cref="EvaluationResult.Failures"/>.</summary>
    public static EvaluationResult Score(IReadOnlyList<CaseDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var counts = Fields.ToDictionary(f => f, _ => new int[3], StringComparer.Ordinal);
        var misses = new List<CaseMiss>();
        var items = new List<CalibrationItem>();
        foreach (var (corpusCase, drafted, _) in drafts)
        {
            foreach (var field in Fields.Where(f => f != "incidents" || corpusCase.GoldOf(f).Count > 0))
            {
                Compare(corpusCase.Id, field, corpusCase.GoldOf(field), drafted.Where(d => d.Field == field).ToList(), counts[field], misses);
            }

            items.AddRange(CalibrationItems(corpusCase, drafted));
        }

        var scores = Fields.Select(f => new FieldScore(f, counts[f][0], counts[f][1], counts[f][2])).ToList();
        var failures = drafts.Where(d => d.Failure is not null).Select(d => $"{d.Case.Id}: {d.Failure}").ToList();
        return new EvaluationResult(drafts.Count, scores, Calibration.Compute(items), misses, failures);
    }

    /// <summary>One per drafted item with a gold field: right when every value it gives (for an incident: its
    /// outcome and figures) matches a gold value of that field.</summary>
    public static IEnumerable<CalibrationItem> CalibrationItems(CorpusCase corpusCase, IReadOnlyList<DraftedValue> drafted)
    {
        ArgumentNullException.ThrowIfNull(corpusCase);
        ArgumentNullException.ThrowIfNull(drafted);
        return drafted
            .Where(d => d.Item is not null && d.Field != "incidents")
            .GroupBy(d => d.Item!)
            .Select(g => new CalibrationItem(
                corpusCase.Id,
                g.Key.Field == DraftField.Incident ? "incident" : g.First().Field,
                g.Key.Label,
                g.Key.Confidence / 100.0,
                g.All(d => corpusCase.GoldOf(d.Field).Any(gold => GoldMatch.Same(d.Field, gold, d.Value)))));
    }

    private static void Compare(string caseId, string field, IReadOnlyList<string> gold, List<DraftedValue> drafted, int[] counts, List<CaseMiss> misses)
    {
        var perIncident = PerIncident.Contains(field);
        var expected = perIncident ? gold.ToList() : gold.Distinct(StringComparer.Ordinal).ToList();
        var found = perIncident ? drafted : drafted.DistinctBy(d => d.Value, StringComparer.Ordinal).ToList();
        foreach (var value in found)
        {
            var match = expected.FirstOrDefault(g => GoldMatch.Same(field, g, value.Value));
            if (match is not null)
            {
                counts[0]++;
                expected.Remove(match);
            }
            else
            {
                counts[1]++;
                misses.Add(new CaseMiss(caseId, field, value.Value, Missing: false, value.Item?.Confidence));
            }
        }

        counts[2] += expected.Count;
        misses.AddRange(expected.Select(v => new CaseMiss(caseId, field, v, Missing: true)));
    }
}
