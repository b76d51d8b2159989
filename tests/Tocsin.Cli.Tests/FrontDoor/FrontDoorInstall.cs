using System.Diagnostics;
using System.Text;
using Tocsin.Cli.Tests.Docs;

namespace Tocsin.Cli.Tests.FrontDoor;

/// <summary>The native front door and the managed command side by side, as a release installs them: <c>tocsin</c> and
/// <c>tocsin-managed</c> in one directory. By default the front door is its ordinary managed build (the same
/// program, without the ahead-of-time compilation, which takes minutes) copied into a scratch directory beside a
/// <c>tocsin-managed</c> script that runs the built managed command. With <c>TOCSIN_FRONT_DOOR</c> naming a
/// published directory (<c>build/publish.sh DIR</c>), the same tests run against the real native executable
/// (docs/benchmarks.md).</summary>
public sealed class FrontDoorInstall : IDisposable
{
    private readonly string? _scratch;

    public FrontDoorInstall()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The front door replaces itself with execv: a POSIX system only.");
        }

        if (Environment.GetEnvironmentVariable("TOCSIN_FRONT_DOOR") is { Length: > 0 } published)
        {
            Directory = Path.GetFullPath(published);
            FrontDoor = [Path.Combine(Directory, "tocsin")];
            Managed = [Path.Combine(Directory, "tocsin-managed")];
            return;
        }

        _scratch = Path.Combine(Path.GetTempPath(), "tocsin-front-door-tests", Guid.NewGuid().ToString("N"));
        Directory = _scratch;
        CopyFrontDoorBuild(Directory);
        var managedScript = Path.Combine(Directory, "tocsin-managed");
        File.WriteAllText(managedScript, $"#!/bin/sh\nexec '{DocServer.DotnetHost()}' '{DocServer.CliPath()}' \"$@\"\n");
        File.SetUnixFileMode(managedScript, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        FrontDoor = [DocServer.DotnetHost(), Path.Combine(Directory, "tocsin.dll")];
        Managed = [DocServer.DotnetHost(), DocServer.CliPath()];
    }

    /// <summary>Where <c>tocsin</c> and <c>tocsin-managed</c> are.</summary>
    public string Directory { get; }

    /// <summary>The command line that starts the front door.</summary>
    public IReadOnlyList<string> FrontDoor { get; }

    /// <summary>The command line that starts the managed command directly.</summary>
    public IReadOnlyList<string> Managed { get; }

    /// <summary>A copy of the front door alone in a scratch directory, without the managed command beside it.</summary>
    public IReadOnlyList<string> AloneIn(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The front door replaces itself with execv: a POSIX system only.");
        }

        if (_scratch is null)
        {
            File.Copy(FrontDoor[0], Path.Combine(directory, "tocsin"));
            File.SetUnixFileMode(Path.Combine(directory, "tocsin"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
            return [Path.Combine(directory, "tocsin")];
        }

        CopyFrontDoorBuild(directory);
        return [DocServer.DotnetHost(), Path.Combine(directory, "tocsin.dll")];
    }

    /// <summary>Runs <paramref name="command"/> with <paramref name="args"/> to its end.</summary>
    public static async Task<CliRun> RunAsync(IReadOnlyList<string> command, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = new Process { StartInfo = StartInfo(command, args, workingDirectory, environment) };
        process.Start();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>How to start <paramref name="command"/>: streams captured as UTF-8, nothing from a shell.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyList<string> command, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1).Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    public void Dispose()
    {
        if (_scratch is not null)
        {
            System.IO.Directory.Delete(_scratch, recursive: true);
        }
    }

    /// <summary>The front door's build output (artifacts/bin/Tocsin.Cli.Native), built by the project reference.</summary>
    private static void CopyFrontDoorBuild(string destination)
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var build = Path.Combine(own.Parent!.Parent!.FullName, "Tocsin.Cli.Native", own.Name);
        if (!File.Exists(Path.Combine(build, "tocsin.dll")))
        {
            throw new InvalidOperationException($"The front door is not built at {build}: build tests/Tocsin.Cli.Tests first.");
        }

        System.IO.Directory.CreateDirectory(destination);
        foreach (var file in System.IO.Directory.EnumerateFiles(build).Where(f => Path.GetExtension(f) is ".dll" or ".json"))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }
    }
}
