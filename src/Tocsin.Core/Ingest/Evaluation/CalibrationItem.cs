namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>One drafted item as calibration sees it: how sure ingest was, and whether it was right.</summary>
/// <param name="CaseId">The report.</param>
/// <param name="Field">The scored field, e.g. <c>claims</c>; <c>incident</c> for an incident item.</param>
/// <param name="Label">The item's label.</param>
/// <param name="Confidence">The item's confidence as a probability, 0 to 1.</param>
/// <param name="Right">Whether every value it gives matches a gold value of its field.</param>
public sealed record CalibrationItem(string CaseId, string Field, string Label, double Confidence, bool Right);
