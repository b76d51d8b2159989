namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>What ingest drafted from one corpus report: its values, or why it drafted nothing.</summary>
/// <param name="Case">The report and its gold.</param>
/// <param name="Drafted">The draft's values (<see cref="DraftedValues.Of"/>); empty when ingest failed.</param>
/// <param name="Failure">"code: message" when ingest refused the report; null otherwise.</param>
public sealed record CaseDraft(CorpusCase Case, IReadOnlyList<DraftedValue> Drafted, string? Failure = null);
