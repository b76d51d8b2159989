namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>Whether confidences mean what they say, over every drafted item that has a gold field.</summary>
/// <param name="Items">How many items were scored.</param>
/// <param name="ExpectedCalibrationError">Σ over the ten bins of (items in bin / all items) × |accuracy − mean
/// confidence|: 0 when, in every bin, the share right equals the confidence claimed.</param>
/// <param name="BrierScore">Mean of (confidence − 1 if right else 0)²: 0 for certain and right, 1 for certain and wrong.</param>
/// <param name="HighConfidenceItems">Items drafted at 0.9 or more.</param>
/// <param name="HighConfidenceRight">How many of those were right.</param>
/// <param name="Bins">The ten fixed bins [0, 0.1), …, [0.9, 1.0].</param>
public sealed record CalibrationScore(int Items, double ExpectedCalibrationError, double BrierScore, int HighConfidenceItems, int HighConfidenceRight,
    IReadOnlyList<CalibrationBin> Bins)
{
    /// <summary>The share of items drafted at 0.9 or more that were right; 1 when there are none.</summary>
    public double HighConfidenceShareRight => HighConfidenceItems == 0 ? 1 : (double)HighConfidenceRight / HighConfidenceItems;
}
