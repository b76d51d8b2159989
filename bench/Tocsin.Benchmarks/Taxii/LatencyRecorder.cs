using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Tocsin.Benchmarks.Taxii;

/// <summary>Collects request latencies and reports throughput with p50/p99.</summary>
public sealed class LatencyRecorder(string name)
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private readonly Stopwatch _wall = new();
    private long _objects;

    public void Start() => _wall.Start();

    public void Stop() => _wall.Stop();

    /// <summary>The time from <see cref="Start"/> to <see cref="Stop"/>.</summary>
    public TimeSpan Elapsed => _wall.Elapsed;

    public async Task<T> TimeAsync<T>(Func<Task<T>> request, int objects)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await request();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Interlocked.Add(ref _objects, objects);
        return result;
    }

    public void AddObjects(int objects) => Interlocked.Add(ref _objects, objects);

    public string Report()
    {
        var sorted = _milliseconds.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var seconds = _wall.Elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {_objects:N0} | {sorted.Length:N0} | {seconds:F1} | {_objects / seconds:N0} | {P(0.50):F2} | {P(0.99):F2} | {GC.GetTotalMemory(false) / (1024 * 1024):N0} | {Environment.WorkingSet / (1024 * 1024):N0} |");
    }
}
