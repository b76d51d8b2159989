using System.Globalization;
using System.Text;

namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>Writes an <see cref="EvaluationResult"/> as the plain text <c>tocsin ingest eval</c> prints: the
/// per-field table, the micro total, the calibration figures and bins, and on request every miss by report.</summary>
public static class EvaluationTable
{
    /// <summary>The text; with <paramref name="misses"/>, each report's missed and wrong values after the figures.</summary>
    public static string Write(EvaluationResult result, bool misses)
    {
        ArgumentNullException.ThrowIfNull(result);
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{result.Cases} reports");
        b.AppendLine("field           TP   FP   FN   precision  recall  F1");
        foreach (var s in result.Scores.Append(result.Micro))
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"{s.Field,-14} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4}   {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1:0.000}");
        }

        var c = result.Calibration;
        b.AppendLine();
        b.AppendLine(CultureInfo.InvariantCulture, $"calibration over {c.Items} drafted items");
        b.AppendLine(CultureInfo.InvariantCulture, $"ECE            {c.ExpectedCalibrationError:0.000}   (ten bins)");
        b.AppendLine(CultureInfo.InvariantCulture, $"Brier          {c.BrierScore:0.000}");
        b.AppendLine(CultureInfo.InvariantCulture, $">= 0.9 right: {c.HighConfidenceShareRight * 100:0.0} % of {c.HighConfidenceItems}");
        b.AppendLine("confidence   items  mean   right");
        foreach (var bin in c.Bins.Where(x => x.Items > 0))
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"[{bin.Lower:0.0}, {bin.Upper:0.0}{(bin.Upper >= 1 ? ']' : ')')}  {bin.Items,5}  {bin.MeanConfidence:0.000}  {bin.Accuracy:0.000}");
        }

        foreach (var failure in result.Failures)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"failed: {failure}");
        }

        if (misses)
        {
            WriteMisses(b, result.Misses);
        }

        return b.ToString();
    }

    private static void WriteMisses(StringBuilder b, IReadOnlyList<CaseMiss> misses)
    {
        foreach (var report in misses.GroupBy(m => m.CaseId))
        {
            b.AppendLine();
            b.AppendLine(report.Key);
            foreach (var miss in report)
            {
                var what = miss.Missing ? "missed" : "wrong ";
                var confidence = miss.Confidence is { } c ? string.Create(CultureInfo.InvariantCulture, $" ({c}%)") : string.Empty;
                b.AppendLine(CultureInfo.InvariantCulture, $"  {miss.Field,-14} {what} {miss.Value}{confidence}");
            }
        }
    }
}
