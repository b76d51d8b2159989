using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Tocsin.Cli.Tests.Docs;

/// <summary>A real <c>tocsin serve --demo</c> (the built <c>tocsin.dll</c>, as a child process) on a free loopback
/// port, with its data in <c>tocsin-data</c> under a scratch working directory that looks like the repository root to
/// the examples: <c>docs/</c> is linked in.</summary>
public sealed class DocServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private DocServer(string root, int port, Process process)
    {
        Root = root;
        Port = port;
        _process = process;
    }

    /// <summary>The scratch working directory.</summary>
    public string Root { get; }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>What the server wrote, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts a server for the examples of one document and waits until <c>/health</c> answers.</summary>
    public static async Task<DocServer> StartAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), "tocsin-doc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        Directory.CreateSymbolicLink(Path.Combine(root, "docs"), Path.Combine(repositoryRoot, "docs"));

        var port = FreePort();
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliPath(), "serve", "--demo", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", Path.Combine(root, "tocsin-data") })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new DocServer(root, port, new Process { StartInfo = start });
        server._process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync(cancellationToken);
        return server;
    }

    /// <summary>The host that runs <c>tocsin.dll</c>: the one running these tests when known.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The CLI's <c>tocsin.dll</c> in the artifacts folder, built by the project reference.</summary>
    public static string CliPath()
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(own.Parent!.Parent!.FullName, "Tocsin.Cli", own.Name, "tocsin.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"tocsin.dll is not at {path}: build tests/Tocsin.Cli.Tests first.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        finally
        {
            _process.Dispose();
            Directory.Delete(Root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        // Generous: the demo server starting on two busy cores (JIT, migrations, the demo scenario) can take minutes.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(240))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"tocsin serve --demo ended with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{Port}/health"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but slow to answer while the demo loads.
            }

            await Task.Delay(200, cancellationToken);
        }

        Assert.Fail($"tocsin serve --demo did not answer /health within 240 s:\n{Log}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
