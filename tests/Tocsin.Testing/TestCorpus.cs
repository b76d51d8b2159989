using Tocsin.Core.Ingest.Evaluation;

namespace Tocsin.Testing;

/// <summary>The ingest evaluation corpus (tests/Tocsin.Core.Tests/Ingest/Corpus), copied to every test output by
/// this project, so tests read it wherever the build puts them.</summary>
public static class TestCorpus
{
    /// <summary>The corpus root in the test output, holding <c>dev</c> and <c>test</c>.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Ingest", "Corpus");

    private static readonly Lazy<IReadOnlyList<CorpusCase>> DevCases = new(() => IngestCorpus.Load(Path.Combine(Root, "dev")));

    private static readonly Lazy<IReadOnlyList<CorpusCase>> TestCases = new(() => IngestCorpus.Load(Path.Combine(Root, "test")));

    /// <summary>The dev split: reports to tune ingest on.</summary>
    public static IReadOnlyList<CorpusCase> Dev => DevCases.Value;

    /// <summary>The frozen test split: reports ingest is measured on, never tuned on.</summary>
    public static IReadOnlyList<CorpusCase> Test => TestCases.Value;

    /// <summary>The split named <paramref name="set"/> (<c>dev</c> or <c>test</c>).</summary>
    public static IReadOnlyList<CorpusCase> Set(string set) => set switch
    {
        "dev" => Dev,
        "test" => Test,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "dev or test"),
    };

    /// <summary>The first dev report: an agency wire on the Crocus City Hall attack (actor, places, incident, claim).</summary>
    public static CorpusCase Crocus => Dev.Single(c => c.Id == "01-crocus-wire-en");
}
