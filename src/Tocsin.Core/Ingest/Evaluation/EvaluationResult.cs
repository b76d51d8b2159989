namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>The scores of ingest over a corpus: one <see cref="FieldScore"/> per field and their micro total,
/// calibration, every miss, and the reports that failed to ingest at all.</summary>
/// <param name="Cases">How many reports were scored.</param>
/// <param name="Scores">One per field of <see cref="IngestEvaluator.Fields"/>, in that order.</param>
/// <param name="Calibration">Calibration over every drafted item that has a gold field.</param>
/// <param name="Misses">Every value missed or drafted wrongly, by report.</param>
/// <param name="Failures">"id: code: message" for each report ingest refused.</param>
public sealed record EvaluationResult(int Cases, IReadOnlyList<FieldScore> Scores, CalibrationScore Calibration, IReadOnlyList<CaseMiss> Misses,
    IReadOnlyList<string> Failures)
{
    /// <summary>The score of <paramref name="field"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not one of <see cref="IngestEvaluator.Fields"/>.</exception>
    public FieldScore this[string field] => Scores.FirstOrDefault(s => s.Field == field) ?? throw new KeyNotFoundException(field);

    /// <summary>Every field together: counts summed over fields, so that a field with many values weighs more.</summary>
    public FieldScore Micro => new("all (micro)", Scores.Sum(s => s.TruePositives), Scores.Sum(s => s.FalsePositives), Scores.Sum(s => s.FalseNegatives));

    /// <summary>A plain-text table, as <c>tocsin ingest eval</c> prints it (<see cref="EvaluationTable"/>).</summary>
    public string ToTable() => EvaluationTable.Write(this, misses: false);
}
