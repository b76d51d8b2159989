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
    private const int MaxShown = 256 * 1024;

    public static TheoryData<string> Harnesses => new(FuzzHarnesses.All.Select(h => h.Name));

    [Theory]
    [MemberData(nameof(Harnesses))]
    public async Task Ten_seconds_of_afl_fuzz_find_no_crash(string name)
    {
        EnsureAflFuzz();

        var (exitCode, output) = await RunAsync(name, seconds: 10);

        Assert.True(exitCode == 0, output + SavedInputs(name));
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

    /// <summary>What afl-fuzz saved as crashes and hangs, each replayed in process (the exception) and in base64: the
    /// findings folder goes with the fixture, so a failure must carry its inputs to be reproduced.</summary>
    private string SavedInputs(string harness)
    {
        var findings = Path.Combine(work.Directory, "findings");
        if (!System.IO.Directory.Exists(findings))
        {
            return Environment.NewLine + "afl-fuzz saved nothing.";
        }

        var folders = System.IO.Directory.EnumerateDirectories(findings, harness + "-*")
            .SelectMany(run => new[] { Path.Combine(run, "default", "crashes"), Path.Combine(run, "default", "hangs") })
            .Where(System.IO.Directory.Exists)
            .ToList();
        var saved = FuzzCorpus.Load(folders);
        if (saved.Count == 0)
        {
            return Environment.NewLine + "afl-fuzz saved no input.";
        }

        var replayed = FuzzReplay.Run(FuzzHarnesses.Find(harness)!, saved).Failures.ToDictionary(f => f.Input, f => f.Problem);
        return string.Concat(saved.Select(input =>
            $"{Environment.NewLine}saved input {input.Name} ({input.Bytes.Length} bytes), replayed in process: " +
            $"{replayed.GetValueOrDefault(input.Name, "no exception")}{Environment.NewLine}base64: {Convert.ToBase64String(input.Bytes.AsSpan(0, Math.Min(input.Bytes.Length, MaxShown)))}" +
            (input.Bytes.Length > MaxShown ? " (first 256 KiB)" : string.Empty)));
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
