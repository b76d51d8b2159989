using System.Diagnostics;
using System.Globalization;

namespace Tocsin.Benchmarks.Public;

/// <summary>An open-loop load driver: <c>fixed-rate URL RATE SECONDS [CONNECTIONS]</c> sends GET URL at RATE requests per
/// second whatever the answers' pace, and reports latency percentiles measured from each request's scheduled time, so a
/// stall shows in the tail instead of slowing the sender (wrk, closed-loop, cannot hold a rate).</summary>
public static class FixedRateDriver
{
    /// <summary>Runs the driver; prints one Markdown table row.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3)
        {
            await Console.Error.WriteLineAsync("usage: fixed-rate URL RATE SECONDS [CONNECTIONS]");
            return 2;
        }

        var url = new Uri(args[0]);
        var rate = double.Parse(args[1], CultureInfo.InvariantCulture);
        var seconds = double.Parse(args[2], CultureInfo.InvariantCulture);
        var connections = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 64;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var total = (int)(rate * seconds);
        var latencies = new double[total];
        var failures = 0;
        var sending = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        for (var sent = 0; sent < total;)
        {
            var due = (int)Math.Min(total, Stopwatch.GetElapsedTime(start).TotalSeconds * rate);
            for (; sent < due; sent++)
            {
                var index = sent;
                var scheduled = start + (long)(index * Stopwatch.Frequency / rate);
                sending.Add(Task.Run(async () =>
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                    latencies[index] = Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds;
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }));
            }

            await Task.Delay(1);
        }

        await Task.WhenAll(sending);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(total - 1, (int)Math.Ceiling(q * total) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {url.PathAndQuery} | {rate:N0} | {total:N0} | {total / elapsed:N0} | {P(0.50):F2} | {P(0.99):F2} | {P(0.999):F2} | {latencies[^1]:F1} | {failures} |"));
        return 0;
    }
}
