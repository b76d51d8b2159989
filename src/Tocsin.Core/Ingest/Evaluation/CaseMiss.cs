namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>A disagreement between a draft and the gold in one report: a value drafted but not expected
/// (<see cref="Missing"/> false) or expected but not drafted (true).</summary>
/// <param name="CaseId">The report.</param>
/// <param name="Field">The field.</param>
/// <param name="Value">The value, as gold files write it.</param>
/// <param name="Missing">True when the gold holds it and the draft does not.</param>
/// <param name="Confidence">For a value drafted wrongly, the confidence (0–100) of the item it came from.</param>
public sealed record CaseMiss(string CaseId, string Field, string Value, bool Missing, int? Confidence = null);
