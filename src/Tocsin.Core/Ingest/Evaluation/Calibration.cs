namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>Computes calibration metrics over ten fixed, equal-width confidence bins.</summary>
public static class Calibration
{
    /// <summary>How many bins: [0, 0.1), [0.1, 0.2), …, [0.9, 1.0].</summary>
    public const int BinCount = 10;

    /// <summary>The confidence from which an item counts as drafted with high confidence.</summary>
    public const double HighConfidence = 0.9;

    /// <summary>The metrics of <paramref name="items"/>; all zero (and a share right of 1) when there are none.</summary>
    public static CalibrationScore Compute(IReadOnlyList<CalibrationItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var bins = Enumerable.Range(0, BinCount).Select(b =>
        {
            var inBin = items.Where(i => BinOf(i.Confidence) == b).ToList();
            return new CalibrationBin((double)b / BinCount, (double)(b + 1) / BinCount, inBin.Count,
                inBin.Count == 0 ? 0 : inBin.Average(i => i.Confidence),
                inBin.Count == 0 ? 0 : (double)inBin.Count(i => i.Right) / inBin.Count);
        }).ToList();
        var ece = items.Count == 0 ? 0 : bins.Sum(b => (double)b.Items / items.Count * Math.Abs(b.Accuracy - b.MeanConfidence));
        var brier = items.Count == 0 ? 0 : items.Average(i => Math.Pow(i.Confidence - (i.Right ? 1 : 0), 2));
        // A small tolerance so that 90 out of 100, stored as 0.9, is never read as just below it.
        var high = items.Where(i => i.Confidence >= HighConfidence - 1e-9).ToList();
        return new CalibrationScore(items.Count, ece, brier, high.Count, high.Count(i => i.Right), bins);
    }

    /// <summary>The bin of a confidence: its first decimal, with 1 in the last bin.</summary>
    public static int BinOf(double confidence) => Math.Clamp((int)Math.Floor((confidence * BinCount) + 1e-9), 0, BinCount - 1);
}
