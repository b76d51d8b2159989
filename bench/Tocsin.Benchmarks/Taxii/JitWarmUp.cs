using System.Runtime;

namespace Tocsin.Benchmarks.Taxii;

/// <summary>Repeats a warm-up round until the JIT stops compiling, so that a timed phase runs the server's steady
/// state instead of tier-0 and instrumented code with the tiering compiler busy on one of the two cores.</summary>
/// <remarks>A fixed warm-up of a few dozen requests left the request path partly at tier 0 and instrumented tiers
/// during the first timed phase, with the background compiler taking over a quarter of the samples (perf,
/// docs/benchmarks.md "Warm until the compiler is quiet"). Tiered compilation promotes a method after 30 calls and a
/// 100 ms quiet spell, and dynamic PGO adds an instrumented tier between, so quiet is judged over whole rounds.</remarks>
public static class JitWarmUp
{
    /// <summary>Runs <paramref name="round"/> until two rounds in a row compile fewer than
    /// <paramref name="quietMethods"/> methods, at most <paramref name="maxRounds"/> times; returns the rounds run.</summary>
    public static async Task<int> UntilQuietAsync(Func<int, Task> round, int maxRounds = 60, int quietMethods = 3)
    {
        ArgumentNullException.ThrowIfNull(round);
        var quietRounds = 0;
        var rounds = 0;
        while (rounds < maxRounds && quietRounds < 2)
        {
            var before = JitInfo.GetCompiledMethodCount(currentThread: false);
            await round(rounds);
            // The tiering compiler works in the background after a 100 ms delay: give it the time to show up.
            await Task.Delay(250);
            var compiled = JitInfo.GetCompiledMethodCount(currentThread: false) - before;
            quietRounds = compiled < quietMethods ? quietRounds + 1 : 0;
            rounds++;
        }

        return rounds;
    }
}
