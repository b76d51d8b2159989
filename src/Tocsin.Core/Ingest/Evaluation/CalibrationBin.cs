namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>The items whose confidence falls in [<see cref="Lower"/>, <see cref="Upper"/>) (the last bin includes 1).</summary>
/// <param name="Lower">Lower bound, inclusive.</param>
/// <param name="Upper">Upper bound, exclusive except for the last bin.</param>
/// <param name="Items">How many items fall in it.</param>
/// <param name="MeanConfidence">Their mean confidence; 0 when the bin is empty.</param>
/// <param name="Accuracy">The share of them that are right; 0 when the bin is empty.</param>
public sealed record CalibrationBin(double Lower, double Upper, int Items, double MeanConfidence, double Accuracy);
