namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>Precision, recall and F1 of one field over a corpus, from counts of values found and expected
/// (micro-averaged: every value of every report counts once).</summary>
/// <param name="Field">The field, e.g. <c>actors</c>.</param>
/// <param name="TruePositives">Values drafted that the gold holds.</param>
/// <param name="FalsePositives">Values drafted that the gold does not hold.</param>
/// <param name="FalseNegatives">Gold values not drafted.</param>
public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was drafted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when the gold holds nothing.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
