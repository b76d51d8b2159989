using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Tocsin.Core.Stix;

namespace Tocsin.Benchmarks;

/// <summary>Reading and validating a 100,000-object bundle, against the floor of parsing the same bytes
/// with System.Text.Json alone.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StixReadValidateBenchmarks
{
    public const int ObjectCount = 100_000;
    private byte[] _bundle = [];

    [GlobalSetup]
    public void Setup()
    {
        var objects = RealisticStix.Objects(ObjectCount);
        _bundle = RealisticStix.Bundle(objects);
        Console.WriteLine($"// bundle: {_bundle.Length:N0} bytes, {ObjectCount:N0} objects, mean {_bundle.Length / ObjectCount} bytes/object");
    }

    [Benchmark(Baseline = true, Description = "floor: System.Text.Json parse of the bundle")]
    public int SystemTextJsonParse()
    {
        using var document = JsonDocument.Parse(_bundle);
        return document.RootElement.GetProperty("objects").GetArrayLength();
    }

    [Benchmark(Description = "Tocsin: streaming read of the bundle")]
    public async Task<int> Read()
    {
        var count = 0;
        await foreach (var item in StixBundleReader.ReadAsync(new MemoryStream(_bundle, writable: false), CancellationToken.None))
        {
            count += item.Object is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark(Description = "Tocsin: streaming read + validate")]
    public async Task<int> ReadAndValidate()
    {
        var issues = 0;
        await foreach (var item in StixBundleReader.ReadAsync(new MemoryStream(_bundle, writable: false), CancellationToken.None))
        {
            issues += StixValidator.Validate(item.Object!).Count;
        }

        return issues;
    }
}
