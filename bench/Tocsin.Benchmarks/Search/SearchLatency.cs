using System.Diagnostics;
using System.Globalization;
using Tocsin.Core.Classification;
using Tocsin.Core.Principals;
using Tocsin.Server;
using Tocsin.Server.Auth;
using Tocsin.Server.Classification;
using Tocsin.Server.Search;
using Tocsin.Storage;
using Tocsin.Storage.Reads;

namespace Tocsin.Benchmarks.Search;

/// <summary>Times the searches of <see cref="SearchMix"/> through <see cref="PictureSearch"/>, the service the API, the
/// search page and the decision room call: the index query, reading each hit's stored bytes, the clearance filter with
/// the index asked again while it withheld hits, and the read record. Once as a reader cleared for the top of the scale
/// and once as one at its lowest level (a third of the picture withheld from them).</summary>
internal static class SearchLatency
{
    /// <summary>One Markdown row per search and reader: hits on the page, runs, p50, p95 and p99 in milliseconds.</summary>
    public static async Task<List<string>> MeasureAsync(string engine, ITocsinStore store, int objects, int runs)
    {
        var national = new NationalClassification(new ClassificationSettings());
        var gate = new ReadGate(store, national, new ServerSettings());
        var search = new PictureSearch(store, new ReadRecorder(store, TimeProvider.System));
        var readers = new[]
        {
            ("cleared", await ReaderAsync(store, gate, national.Scale.Levels[^1])),
            ("lowest level", await ReaderAsync(store, gate, null)),
        };
        var rows = new List<string>();
        foreach (var (label, query) in SearchMix.For(objects))
        {
            foreach (var (clearance, reader) in readers)
            {
                var hits = (await search.FindAsync(reader, query, ReadPaths.Api, CancellationToken.None)).Items.Count;
                var times = new double[runs];
                for (var i = 0; i < runs; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await search.FindAsync(reader, query, ReadPaths.Api, CancellationToken.None);
                    times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }

                Array.Sort(times);
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {engine} | {label} | {clearance} | {hits} | {runs} | {P(times, 0.50):F1} | {P(times, 0.95):F1} | {P(times, 0.99):F1} |"));
            }
        }

        return rows;
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    /// <summary>A staff analyst with <paramref name="level"/> as clearance (none stored: the scale's lowest level).</summary>
    private static async Task<StaffReader> ReaderAsync(ITocsinStore store, ReadGate gate, string? level)
    {
        var principal = (await store.AddPrincipalAsync("reader-" + Guid.NewGuid().ToString("N")[..8], PrincipalKind.User, [Role.Analyst], null,
            CancellationToken.None)).Value;
        if (level is not null)
        {
            var granted = await store.Classification.SetClearanceAsync(principal.Id, new Clearance(level, []), CancellationToken.None);
            if (!granted.IsSuccess)
            {
                throw new InvalidOperationException(granted.Error.Message);
            }
        }

        return await gate.ForAsync(PrincipalClaims.ToClaimsPrincipal(principal, "bench"), CancellationToken.None);
    }
}
