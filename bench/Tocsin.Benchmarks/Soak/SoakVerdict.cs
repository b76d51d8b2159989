using System.Globalization;

namespace Tocsin.Benchmarks.Soak;

/// <summary>Whether a soak's samples are flat. The samples of the warm-up (the first tenth of the run, at least one)
/// are dropped; the rest are cut in thirds; a measure is flat when the mean of the last third is at most
/// <see cref="Tolerance"/> above the mean of the first third (counts — handles, threads — may also rise by
/// <see cref="CountSlack"/>, since one more pooled connection or thread-pool thread is not a leak). A leak grows without
/// bound, so over a long enough run it always shows as a rise between the thirds; noise does not.</summary>
internal static class SoakVerdict
{
    /// <summary>How much a measure may rise between the first and the last third.</summary>
    public const double Tolerance = 0.10;

    /// <summary>How many handles or threads a count may rise by, whatever its size.</summary>
    public const int CountSlack = 4;

    /// <summary>One line per measure with both means and its verdict; <paramref name="flat"/> is false if any rose.</summary>
    public static IReadOnlyList<string> Judge(IReadOnlyList<ProcessSample> samples, out bool flat)
    {
        var warmUp = Math.Max(1, samples.Count / 10);
        var kept = samples.Skip(warmUp).ToList();
        var third = kept.Count / 3;
        if (third == 0)
        {
            flat = false;
            return ["too few samples for a verdict: run longer"];
        }

        var (first, last) = (kept.Take(third).ToList(), kept.Skip(kept.Count - third).ToList());
        var lines = new List<string>();
        flat = true;
        foreach (var (name, measure, slack) in new (string, Func<ProcessSample, double>, double)[]
        {
            ("managed heap MB", s => s.HeapMb, 0),
            ("private memory MB", s => s.PrivateMb, 0),
            ("handles", s => s.Handles, CountSlack),
            ("threads", s => s.Threads, CountSlack),
        })
        {
            var (before, after) = (first.Average(measure), last.Average(measure));
            var ok = after <= Math.Max(before * (1 + Tolerance), before + slack);
            flat &= ok;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{name}: first third {before:F1}, last third {after:F1} ({(after - before) / Math.Max(before, 1e-9) * 100:+0.0;-0.0} %): {(ok ? "flat" : "ROSE")}"));
        }

        return lines;
    }
}
