using System.Text;
using BenchmarkDotNet.Attributes;
using Tocsin.Core.Ingest;
using Tocsin.Core.Ingest.Evaluation;
using Tocsin.Testing;

namespace Tocsin.Benchmarks.Ingest;

/// <summary>Ingest throughput over the 32 corpus reports (issue #7: at least 200 reports/s). One operation is
/// one report (<c>OperationsPerInvoke</c>), so reports/s = 1e9 / mean in ns, and MB/s of text = mean bytes
/// per report / mean; the setup prints the corpus size. Run:
/// <c>dotnet run -c Release --project bench/Tocsin.Benchmarks -- --filter '*IngestBenchmarks*' --job short</c>.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private const int ReportsPerInvoke = 32;
    private ReportInput[] _reports = [];

    [GlobalSetup]
    public void Setup()
    {
        _reports = [.. TestCorpus.Dev.Take(ReportsPerInvoke).Select(c => c.Input)];
        if (_reports.Length != ReportsPerInvoke)
        {
            throw new InvalidOperationException($"The corpus has {_reports.Length} reports; OperationsPerInvoke assumes {ReportsPerInvoke}.");
        }

        var bytes = _reports.Sum(r => Encoding.UTF8.GetByteCount(r.Text));
        // The first call loads the gazetteers and Unicode tables; it is not what the benchmark measures.
        ReportIngestor.Ingest(_reports[0], [], TimeProvider.System);
        Console.WriteLine($"// corpus: {_reports.Length} reports, {bytes:N0} bytes of UTF-8 text, mean {bytes / _reports.Length:N0} bytes/report");
    }

    [Benchmark(OperationsPerInvoke = ReportsPerInvoke, Description = "ingest one corpus report (32 per invocation)")]
    public int IngestReports()
    {
        var items = 0;
        foreach (var report in _reports)
        {
            items += ReportIngestor.Ingest(report, [], TimeProvider.System).Value.Items.Count;
        }

        return items;
    }
}
