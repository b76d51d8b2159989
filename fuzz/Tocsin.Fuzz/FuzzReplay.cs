namespace Tocsin.Fuzz;

/// <summary>Runs inputs through a harness without AFL, as a regression check: each input on its own thread, so that
/// an exception is caught and an input that runs past <see cref="HangLimit"/> is reported as a hang.</summary>
public static class FuzzReplay
{
    /// <summary>How long one input may run before it counts as a hang (as afl-fuzz's limit in fuzz/run.sh, generous:
    /// replays share the machine with whatever else runs).</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    /// <summary>Runs every input of <paramref name="inputs"/>; stops at the first hang, whose thread cannot be
    /// stopped.</summary>
    public static FuzzReplayOutcome Run(FuzzHarness harness, IEnumerable<FuzzInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(harness);
        ArgumentNullException.ThrowIfNull(inputs);
        var failures = new List<FuzzFailure>();
        var runs = 0;
        foreach (var input in inputs)
        {
            runs++;
            Exception? thrown = null;
            // The default stack size, as a request's thread has: a stack overflow there is one here too.
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        harness.Run(input.Bytes);
                    }
                    catch (Exception ex)
                    {
                        thrown = ex;
                    }
                })
            { IsBackground = true };
            thread.Start();
            if (!thread.Join(HangLimit))
            {
                failures.Add(new FuzzFailure(input.Name, $"still running after {HangLimit.TotalSeconds} s (hang)", input.Bytes));
                break;
            }

            if (thrown is not null)
            {
                failures.Add(new FuzzFailure(input.Name, thrown.ToString(), input.Bytes));
            }
        }

        return new FuzzReplayOutcome(runs, failures);
    }
}
