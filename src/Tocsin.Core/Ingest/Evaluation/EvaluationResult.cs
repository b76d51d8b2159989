using System.Globalization;
using System.Text;

namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>The scores of ingest over a corpus: one <see cref="FieldScore"/> per field, every miss, and the
/// reports that failed to ingest at all.</summary>
public sealed record EvaluationResult(int Cases, IReadOnlyList<FieldScore> Scores, IReadOnlyList<CaseMiss> Misses, IReadOnlyList<string> Failures)
{
    /// <summary>The score of <paramref name="field"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not one of <see cref="IngestEvaluator.Fields"/>.</exception>
    public FieldScore this[string field] => Scores.FirstOrDefault(s => s.Field == field) ?? throw new KeyNotFoundException(field);

    /// <summary>A plain-text table (field, TP, FP, FN, P, R, F1), as <c>tocsin ingest eval</c> prints it.</summary>
    public string ToTable()
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{Cases} reports");
        b.AppendLine("field           TP   FP   FN   precision  recall  F1");
        foreach (var s in Scores)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{s.Field,-14} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4}   {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1:0.000}");
        }

        foreach (var failure in Failures)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"failed: {failure}");
        }

        return b.ToString();
    }
}
