using Tocsin.Core.Ingest.Evaluation;

namespace Tocsin.Core.Tests.Ingest;

public sealed class IngestCorpusTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tocsin-corpus-tests", Guid.NewGuid().ToString("N"));

    public IngestCorpusTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_folder_loads_as_cases_ordered_by_id_with_the_language_ingest_reads()
    {
        Write("02-b", """{"source": "Wire", "published": "2024-03-23T06:00:00Z", "language": "en-mt", "gold": {"killed": [3]}}""");
        Write("01-a", """{"source": "Agence", "published": "2024-03-23", "language": "fr", "incidents": ["x"], "gold": {}}""");

        var cases = IngestCorpus.Load(_root);

        Assert.Equal(["01-a", "02-b"], cases.Select(c => c.Id));
        Assert.Equal(("fr", "en", "en-mt"), (cases[0].Input.Language, cases[1].Input.Language, cases[1].Language));
        Assert.Equal(["3"], cases[1].GoldOf("killed"));
        Assert.Empty(cases[0].GoldOf("killed"));
        Assert.Equal(["x"], cases[0].Incidents);
    }

    [Fact]
    public void A_gold_without_its_text_or_that_is_not_json_is_refused_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_root, "01-a.json"), """{"source": "Wire", "published": "2024-03-23", "gold": {}}""");
        Assert.Contains("01-a", Assert.Throws<InvalidDataException>(() => IngestCorpus.Load(_root)).Message, StringComparison.Ordinal);

        Write("01-a", "{ not json");
        Assert.StartsWith("01-a: invalid gold", Assert.Throws<InvalidDataException>(() => IngestCorpus.Load(_root)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_is_found_from_any_folder_below_it_and_not_elsewhere()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_root, "repo", IngestCorpus.SourceTreeRoot)).FullName;
        var deep = Directory.CreateDirectory(Path.Combine(_root, "repo", "src", "a", "b")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;

        Assert.Equal((corpus, corpus), (IngestCorpus.FindRoot(deep), IngestCorpus.FindRoot(Path.Combine(_root, "repo"))));
        Assert.Null(IngestCorpus.FindRoot(outside));
        Assert.Throws<DirectoryNotFoundException>(() => IngestCorpus.Load(Path.Combine(_root, "missing")));
    }

    private void Write(string id, string gold)
    {
        File.WriteAllText(Path.Combine(_root, id + ".json"), gold);
        File.WriteAllText(Path.Combine(_root, id + ".txt"), "A report.");
    }
}
