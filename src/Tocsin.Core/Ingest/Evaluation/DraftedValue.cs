namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>One value a draft holds for a scored field, as gold files write it.</summary>
/// <param name="Field">The field, one of <see cref="IngestEvaluator.Fields"/>.</param>
/// <param name="Value">The value, e.g. <c>Islamic State</c>, <c>137</c>, <c>uk|GB|severe|critical|2017-05-23</c>.</param>
/// <param name="Item">The draft item it comes from, or null for a date (dates are mentions, not items).</param>
public sealed record DraftedValue(string Field, string Value, DraftItem? Item);
