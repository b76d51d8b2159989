namespace Tocsin.Core.Ingest.Evaluation;

/// <summary>One report of the evaluation corpus with its gold annotation.</summary>
/// <param name="Id">The file name without extension, e.g. <c>01-crocus-wire-en</c>.</param>
/// <param name="Input">The report as ingest receives it.</param>
/// <param name="Gold">For each field (<see cref="IngestEvaluator.Fields"/>), the values a correct draft holds;
/// every field is present, empty when the gold names nothing.</param>
public sealed record CorpusCase(string Id, ReportInput Input, IReadOnlyDictionary<string, IReadOnlyList<string>> Gold)
{
    /// <summary><c>en</c> (native English), <c>en-mt</c> (machine-translated or non-native English) or <c>fr</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Keys of the events the report is about or mentions.</summary>
    public IReadOnlyList<string> Incidents { get; init; } = [];

    /// <summary>ISO 3166-1 codes of the countries where those events happened.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>What the report was written to exercise (<c>level-change</c>, <c>toll-words</c>, <c>no-terrorism</c>…).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Whether the event is made up.</summary>
    public bool Fictional { get; init; }

    /// <summary>The gold values of <paramref name="field"/>; empty when the gold names none.</summary>
    public IReadOnlyList<string> GoldOf(string field) => Gold.TryGetValue(field, out var values) ? values : [];

    /// <summary>Why the gold reads as it does, where it is not obvious.</summary>
    public string? Notes { get; init; }
}
