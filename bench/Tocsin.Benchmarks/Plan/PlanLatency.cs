using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Decisions;
using Tocsin.Core.Principals;
using Tocsin.Server.Feeds;
using Tocsin.Server.Plan;
using Tocsin.Storage.Sqlite;

namespace Tocsin.Benchmarks.Plan;

/// <summary><c>dotnet run -c Release --project bench/Tocsin.Benchmarks -- plan-latency [N]</c>: the time from
/// approving a decision to its CAP message being listed in the bytes of the public Atom feed, over N
/// approvals (default 200) on a fresh SQLite store, with the percentiles. Target: p99 under 1 s. In
/// process, without HTTP: the approval writes the message in its own transaction, so what is measured is
/// that write plus building the feed from the store.</summary>
public static class PlanLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-bench", Guid.NewGuid().ToString("N"));
        var clock = TimeProvider.System;
        await using var store = await SqliteTocsinStore.OpenAsync(Path.Combine(directory, "tocsin.db"), clock, CancellationToken.None);
        await store.AddPrincipalAsync("ana", PrincipalKind.User, [Role.Analyst], null, CancellationToken.None);
        await store.AddPrincipalAsync("paul", PrincipalKind.User, [Role.Approver], null, CancellationToken.None);
        var settings = new PublicationSettings();
        using var plan = new PlanDecisions(store, PlanCatalogue.Default, settings, clock);
        var feed = new CapFeed(settings);
        var departements = PlanCatalogue.Default.FindTerritorySet("FRA")!.Territories.Select(t => t.Id).Where(id => id.StartsWith("FRA-D", StringComparison.Ordinal)).ToList();
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var proposal = new DecisionProposal
            {
                SchemeId = "vigipirate",
                LevelKey = i % 2 == 0 ? "urgence-attentat" : "securite-renforcee-risque-attentat",
                TerritoryIds = [departements[i % departements.Count]],
                EffectiveAt = clock.GetUtcNow(),
                Authority = "Premier ministre",
                Rationale = "Latency measurement.",
            };
            var id = (await plan.ProposeAsync(proposal, "ana", CancellationToken.None)).Value.Id;
            var started = Stopwatch.GetTimestamp();
            await plan.ApproveAsync(id, "paul", CancellationToken.None);
            var needle = Encoding.UTF8.GetBytes($"tocsin-{id:D}-1");
            while (feed.Write(await store.Publications.LatestPublicAsync(CapFeed.Size, CancellationToken.None)).AsSpan().IndexOf(needle) < 0)
            {
                await Task.Yield();
            }

            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"approval -> CAP on the feed, {count} approvals: p50 {Percentile(samples, 0.50):F1} ms, p95 {Percentile(samples, 0.95):F1} ms, p99 {Percentile(samples, 0.99):F1} ms, max {samples[^1]:F1} ms (target p99 < 1000 ms)"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Percentile(samples, 0.99) < 1000 ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
