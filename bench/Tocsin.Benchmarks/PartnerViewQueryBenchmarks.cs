using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Storage.Sqlite;

namespace Tocsin.Benchmarks;

/// <summary>The cost of the sharing policy on a paginated TAXII GET: walking a 20,000-object collection in
/// pages of 1,000 as an unrestricted user (the baseline) and through a partner's view (the target is within
/// 1.5x). The view is computed once in setup, as it is after the first request; each page still checks
/// that the view is current.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PartnerViewQueryBenchmarks
{
    private const int ObjectCount = 20_000;
    private string _directory = string.Empty;
    private SqliteTocsinStore _store = null!;
    private Collection _collection = null!;
    private Principal _partner = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        _store = await SqliteTocsinStore.OpenAsync(Path.Combine(_directory, "tocsin.db"), TimeProvider.System, CancellationToken.None);
        _collection = (await _store.AddCollectionAsync("picture", null, null, CancellationToken.None)).Value;
        var objects = RealisticStix.Objects(ObjectCount).Select(b => StixObject.FromTrusted(b)).ToList();
        for (var start = 0; start < objects.Count; start += 1000)
        {
            await _store.AddObjectsAsync(_collection.Id, objects.Skip(start).Take(1000).ToList(), CancellationToken.None);
        }

        await _store.Sharing.SetSettingsAsync(new SharingSettings { DefaultTlp = TlpLevel.Clear }, CancellationToken.None);
        _partner = (await _store.AddPrincipalAsync("bfv", PrincipalKind.Partner, [], null, CancellationToken.None)).Value;
        await _store.Sharing.SetProfileAsync(new PartnerProfile(_partner.Id, "bfv", "DEU", TlpLevel.Red, [], []), CancellationToken.None);
        await _store.Sharing.RefreshPartnerViewAsync(_partner.Id, _collection.Id, force: true, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "collection GET, unrestricted user")]
    public Task<int> Unrestricted() => WalkAsync(q => _store.QueryObjectsAsync(_collection.Id, q, CancellationToken.None));

    [Benchmark(Description = "partner view GET")]
    public Task<int> Partner() => WalkAsync(q => _store.Sharing.QueryPartnerViewAsync(_partner.Id, _collection.Id, q, CancellationToken.None));

    private static async Task<int> WalkAsync(Func<ObjectQuery, Task<Tocsin.Core.Result<ObjectPage>>> query)
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var page = (await query(new ObjectQuery { Limit = 1000, Cursor = cursor })).Value;
            count += page.Items.Count;
            cursor = page.Next;
        }
        while (cursor is not null);

        return count;
    }
}
