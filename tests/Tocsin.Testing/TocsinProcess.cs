using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tocsin.Testing;

/// <summary>The real <c>tocsin</c> executable run as a child process (<c>dotnet tocsin.dll …</c>), its output kept
/// for failure messages. Disposing kills it and its children, whatever state the test left it in.</summary>
public sealed class TocsinProcess : IAsyncDisposable
{
    private const int KeptLines = 400;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private TocsinProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    /// <summary>How the test calls this process in messages.</summary>
    public string Name { get; }

    /// <summary>The operating system's process id, to read its state under <c>/proc</c>.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code once ended.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines it wrote (stdout and stderr interleaved), for failure messages.</summary>
    public string Output => $"--- {Name} (pid {_process.Id}) ---\n" + string.Join('\n', _output);

    /// <summary>The CLI's <c>tocsin.dll</c>: built beside this test assembly's output in the artifacts folder
    /// (<c>artifacts/bin/Tocsin.Cli/{pivot}/</c>) by the project reference.</summary>
    public static string CliPath()
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(own.Parent!.Parent!.FullName, "Tocsin.Cli", own.Name, "tocsin.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"tocsin.dll is not at {path}: build the project that references Tocsin.Cli first.");
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts <c>tocsin <paramref name="arguments"/></c> with <paramref name="environment"/> added to this
    /// process's environment.</summary>
    public static TocsinProcess Start(string name, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var started = new TocsinProcess(process, name);
        process.OutputDataReceived += (_, e) => started.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => started.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Waits for the end of a command; fails with its output when it runs past <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{Name} did not end within {timeout}.\n{Output}");
        }

        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>Waits until <c>/health</c> of <paramref name="node"/> answers 2xx; fails with the output when the process
    /// ends first or <paramref name="timeout"/> passes.</summary>
    public async Task WaitHealthyAsync(Uri node, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (HasExited)
            {
                Assert.Fail($"{Name} ended with exit code {ExitCode} before serving.\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Started listening but slow to answer: ask again.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{Name} did not answer /health within {timeout}.\n{Output}");
    }

    /// <summary>Kills the process at once, as a crash or an operator's <c>kill -9</c> would: on Linux
    /// <see cref="Process.Kill()"/> sends SIGKILL, so no shutdown code, flush or <c>finally</c> of its own runs.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already ended.
        }

        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(cancellation.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(cancellation.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines)
        {
            _output.TryDequeue(out _);
        }
    }
}
