namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>A disagreement between a draft and the gold in one report: a value drafted but not expected
/// (<see cref="Missing"/> false) or expected but not drafted (true).</summary>
public sealed record CaseMiss(string CaseId, string Field, string Value, bool Missing);
