using System.Diagnostics;
using Tocsin.Fuzz;
using Tocsin.Server.Tests.Web;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Fuzzing;

/// <summary>The documented command, <c>fuzz/run.sh HARNESS SECONDS</c>, runs each harness under afl-fuzz for ten
/// seconds against the instrumented build and finds no crash and no hang. It checks the whole chain a longer run
/// relies on: instrumentation, AFL's handshake with the harness, the statistics the script prints.</summary>
/// <remarks>The build the tests already made is reused (FUZZ_PREBUILT) and instrumented once for all five runs.
/// Needs afl-fuzz (Debian's afl++): skipped visibly without it, failed under CI=true.</remarks>
public sealed class AflFuzzRunTests(AflFuzzRunTests.Work work) : IClassFixture<AflFuzzRunTests.Work>
{
    public static TheoryData<string> Harnesses => new(FuzzHarnesses.All.Select(h => h.Name));

    [Theory]
    [MemberData(nameof(Harnesses))]
    public async Task Ten_seconds_of_afl_fuzz_find_no_crash(string name)
    {
        EnsureAflFuzz();

        var (exitCode, output) = await RunAsync(name, seconds: 10);

        Assert.True(exitCode == 0, output);
        Assert.Matches($"harness: {name} seconds: [0-9]+ executions: [1-9][0-9]* paths: [1-9][0-9]* crashes: 0 hangs: 0", output);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string harness, int seconds)
    {
        var root = ComponentHtml.RepositoryRoot();
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(root, "fuzz", "run.sh"), harness, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FUZZ_PREBUILT"] = FuzzBuild();
        start.Environment["FUZZ_WORK"] = work.Directory;
        // A minute per input: a ten-second run on a busy CI machine checks the chain and crashes, not speed.
        start.Environment["FUZZ_TIMEOUT_MS"] = "60000";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>The fuzzing executable's own output folder, beside this test project's (artifacts/bin/NAME/CONFIG).</summary>
    private static string FuzzBuild()
    {
        var testBuild = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(testBuild.Parent!.Parent!.FullName, "Tocsin.Fuzz", testBuild.Name);
    }

    private static void EnsureAflFuzz()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(directory => File.Exists(Path.Combine(directory, "afl-fuzz")));
        if (found)
        {
            return;
        }

        if (PostgresServer.InCi)
        {
            throw new InvalidOperationException("afl-fuzz is required under CI=true (apt-get install afl++).");
        }

        Assert.Skip("No afl-fuzz (apt-get install afl++).");
    }

    /// <summary>A folder for the instrumented copy and the findings, shared by the five runs and removed after.</summary>
    public sealed class Work : IDisposable
    {
        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("tocsin-afl-").FullName;

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
