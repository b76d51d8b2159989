using System.Globalization;
using SharpFuzz;

namespace Tocsin.Fuzz;

/// <summary>The fuzzing executable: <c>Tocsin.Fuzz HARNESS</c> under afl-fuzz, <c>--replay</c> to run saved inputs
/// through a harness without AFL (regression), <c>--mutate N</c> to run N deterministic mutations of them.</summary>
/// <remarks>A named class rather than top-level statements: the server tests reference this assembly, and a global
/// <c>Program</c> would clash with the server's.</remarks>
public static class FuzzProgram
{
    private const string Usage = """
        usage: Tocsin.Fuzz HARNESS                          run under afl-fuzz (input on standard input)
               Tocsin.Fuzz HARNESS --replay PATH...         run each file (or each file of each folder); exit 1 on a crash
               Tocsin.Fuzz HARNESS --mutate N PATH...       run N deterministic mutations of those files; exit 1 on a crash
        harnesses: stix, pattern, taxii-query, cap, ingest
        """;

    /// <summary>Runs the command line <paramref name="args"/>; 0 when no input crashed, 1 when one did, 2 on misuse.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || FuzzHarnesses.Find(args[0]) is not { } harness)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        switch (args.Length > 1 ? args[1] : null)
        {
            case null:
                Fuzzer.OutOfProcess.Run(stream => harness.Run(ReadToEnd(stream)));
                return 0;
            case "--replay":
                return Report(FuzzReplay.Run(harness, FuzzCorpus.Load(args[2..])));
            case "--mutate" when args.Length > 2 && int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                return Report(FuzzReplay.Run(harness, FuzzMutator.Mutations(FuzzCorpus.Load(args[3..]), count, FuzzMutator.DefaultSeed)));
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static int Report(FuzzReplayOutcome outcome)
    {
        foreach (var failure in outcome.Failures)
        {
            Console.WriteLine($"CRASH {failure.Input}: {failure.Problem}");
            Console.WriteLine($"input (base64): {Convert.ToBase64String(failure.Bytes)}");
        }

        Console.WriteLine($"inputs: {outcome.Runs} crashes: {outcome.Failures.Count}");
        return outcome.Failures.Count == 0 ? 0 : 1;
    }

    private static byte[] ReadToEnd(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
