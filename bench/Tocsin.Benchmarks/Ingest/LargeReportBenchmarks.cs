using System.Text;
using BenchmarkDotNet.Attributes;
using Tocsin.Core.Ingest;
using Tocsin.Testing;

namespace Tocsin.Benchmarks.Ingest;

/// <summary>Ingest of one report of a megabyte (target: under a second), made of the dev corpus's reports
/// one after another, so every extractor meets ordinary text at scale. Run:
/// <c>dotnet run -c Release --project bench/Tocsin.Benchmarks -- --filter '*LargeReportBenchmarks*' --job short</c>.</summary>
[MemoryDiagnoser]
public class LargeReportBenchmarks
{
    private const int Bytes = 1_000_000;
    private ReportInput _report = new("x", "x");

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder(Bytes + 4096);
        var reports = TestCorpus.Dev.Where(c => c.Input.Language is null or "en").Select(c => c.Input.Text).ToList();
        for (var i = 0; Encoding.UTF8.GetByteCount(text.ToString()) < Bytes; i++)
        {
            text.Append(reports[i % reports.Count]).Append("\n\n");
        }

        _report = new ReportInput(text.ToString(), "Benchmark", new DateTimeOffset(2024, 3, 23, 6, 0, 0, TimeSpan.Zero), "en");
        ReportIngestor.Ingest(new ReportInput(reports[0], "Warm-up", null, "en"), [], TimeProvider.System);
        Console.WriteLine($"// report: {Encoding.UTF8.GetByteCount(_report.Text):N0} bytes of UTF-8 text");
    }

    [Benchmark(Description = "ingest one report of 1 MB")]
    public int IngestMegabyte() => ReportIngestor.Ingest(_report, [], TimeProvider.System).Value.Items.Count;
}
