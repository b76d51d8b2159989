namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>One report of the evaluation corpus with its gold annotation.</summary>
/// <param name="Id">The file name without extension, e.g. <c>01-crocus-wire-en</c>.</param>
/// <param name="Input">The report as ingest receives it.</param>
/// <param name="Gold">For each field (<see cref="IngestEvaluator.Fields"/>), the values a correct draft holds.</param>
public sealed record CorpusCase(string Id, ReportInput Input, IReadOnlyDictionary<string, IReadOnlyList<string>> Gold);
