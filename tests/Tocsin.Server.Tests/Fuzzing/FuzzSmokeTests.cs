using Tocsin.Fuzz;
using Tocsin.Server.Tests.Web;

namespace Tocsin.Server.Tests.Fuzzing;

/// <summary>Each fuzzing harness (fuzz/Tocsin.Fuzz) runs, in process and without AFL, over its committed corpus —
/// the seeds and every input that once crashed — and then over deterministic mutations of it: none may crash or
/// hang. The corpus replay is the regression test of every crash fuzzing found; the mutations are a smoke run of
/// the harness itself (fuzz/run.sh does the real, coverage-guided fuzzing).</summary>
public sealed class FuzzSmokeTests
{
    public static TheoryData<string> Harnesses => new(FuzzHarnesses.All.Select(h => h.Name));

    [Theory]
    [MemberData(nameof(Harnesses))]
    public void The_committed_corpus_runs_without_a_crash(string name)
    {
        var corpus = Corpus(name);

        var outcome = FuzzReplay.Run(FuzzHarnesses.Find(name)!, corpus);

        Assert.True(outcome.Runs == corpus.Count && outcome.Failures.Count == 0, Describe(outcome));
    }

    [Theory]
    [MemberData(nameof(Harnesses))]
    public void Mutations_of_the_corpus_run_without_a_crash(string name)
    {
        // Drafting a report costs far more than parsing a pattern: fewer mutations keep the run short.
        var count = name == "ingest" ? 300 : 2000;

        var outcome = FuzzReplay.Run(FuzzHarnesses.Find(name)!, FuzzMutator.Mutations(Corpus(name), count, FuzzMutator.DefaultSeed));

        Assert.True(outcome.Runs == count && outcome.Failures.Count == 0, Describe(outcome));
    }

    [Fact]
    public void A_harness_reports_an_exception_as_a_crash()
    {
        var throwing = new FuzzHarness("throwing", input => _ = input[input.Length]);

        var outcome = FuzzReplay.Run(throwing, [new FuzzInput("empty", [])]);

        Assert.Contains("IndexOutOfRangeException", Assert.Single(outcome.Failures).Problem, StringComparison.Ordinal);
    }

    private static IReadOnlyList<FuzzInput> Corpus(string name)
    {
        var corpus = FuzzCorpus.Load([Path.Combine(ComponentHtml.RepositoryRoot(), "fuzz", "corpus", name)]);
        Assert.NotEmpty(corpus);
        return corpus;
    }

    private static string Describe(FuzzReplayOutcome outcome) =>
        $"{outcome.Runs} inputs, {outcome.Failures.Count} crashed:\n" + string.Join("\n", outcome.Failures.Select(f => $"{f.Input}: {f.Problem}\ninput (base64): {Convert.ToBase64String(f.Bytes)}"));
}
