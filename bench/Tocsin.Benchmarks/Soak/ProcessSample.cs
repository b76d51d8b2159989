using System.Globalization;

namespace Tocsin.Benchmarks.Soak;

/// <summary>What the server process holds at one moment: its managed heap after the last collection (from the
/// runtime's own <c>System.Runtime</c> meter on <c>/metrics</c>), its resident and private (anonymous) memory, open file
/// descriptors and threads (from <c>/proc/PID</c>), and how many requests the load made since the previous sample.</summary>
internal sealed record ProcessSample(TimeSpan At, double HeapMb, double ResidentMb, double PrivateMb, int Handles, int Threads, long Requests)
{
    /// <summary>Reads the process <paramref name="pid"/> and the managed heap from <paramref name="metrics"/>.</summary>
    public static async Task<ProcessSample> TakeAsync(TimeSpan at, int pid, HttpClient metrics, long requests)
    {
        var status = await File.ReadAllLinesAsync($"/proc/{pid}/status");
        var handles = Directory.GetFileSystemEntries($"/proc/{pid}/fd").Length;
        return new ProcessSample(at, await HeapMbAsync(metrics), Kilobytes(status, "VmRSS:") / 1024, Kilobytes(status, "RssAnon:") / 1024,
            handles, (int)Kilobytes(status, "Threads:"), requests);
    }

    /// <summary>One Markdown table row.</summary>
    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {At.TotalMinutes:F1} | {HeapMb:F1} | {PrivateMb:F1} | {ResidentMb:F1} | {Handles} | {Threads} | {Requests} |");

    /// <summary>The sum over generations of <c>dotnet.gc.last_collection.heap.size</c>, in MB.</summary>
    private static async Task<double> HeapMbAsync(HttpClient metrics)
    {
        var text = await metrics.GetStringAsync(new Uri("metrics", UriKind.Relative));
        var bytes = 0.0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("dotnet_gc_last_collection_heap_size_bytes{", StringComparison.Ordinal))
            {
                bytes += double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return bytes / (1024 * 1024);
    }

    private static double Kilobytes(string[] status, string field)
    {
        var line = status.First(l => l.StartsWith(field, StringComparison.Ordinal));
        return double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
