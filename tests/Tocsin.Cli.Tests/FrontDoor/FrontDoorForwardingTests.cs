using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Tocsin.Cli.Tests.FrontDoor;

/// <summary>Every command line the native front door does not answer itself goes to the managed command with its
/// arguments and environment untouched, in the same process, so that <c>tocsin serve</c> through it is the server.</summary>
public sealed class FrontDoorForwardingTests(FrontDoorInstall install) : IClassFixture<FrontDoorInstall>, IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string[]> CommandLines() => new()
    {
        { [] },
        { ["--help"] },
        { ["--version", "extra"] },
        { ["Validate", "x.json"] },
        { ["no-such-command"] },
        { ["level", "show", "not-an-id"] },
        { ["import", "--help"] },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public async Task Other_command_lines_are_answered_by_the_managed_command(string[] args)
    {
        var native = await FrontDoorInstall.RunAsync(install.FrontDoor, args, _sandbox.Root);
        var managed = await FrontDoorInstall.RunAsync(install.Managed, args, _sandbox.Root);

        Assert.Equal(managed.ToString(), native.ToString());
    }

    [Fact]
    public async Task The_environment_reaches_the_managed_command()
    {
        var environment = new Dictionary<string, string> { ["Tocsin__Database"] = "no-such-engine:x" };
        string[] args = ["collection", "list", "--data", _sandbox.DataDirectory];

        var run = await FrontDoorInstall.RunAsync(install.FrontDoor, args, _sandbox.Root, environment);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("error: Unsupported database 'no-such-engine:", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_sandbox.DataDirectory));
    }

    [Fact]
    public async Task A_missing_managed_command_is_one_line_and_a_failure()
    {
        var alone = Path.Combine(_sandbox.Root, "alone");
        Directory.CreateDirectory(alone);
        var frontDoor = install.AloneIn(alone);

        var run = await FrontDoorInstall.RunAsync(frontDoor, ["serve", "--data", _sandbox.DataDirectory], _sandbox.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"tocsin: {Path.Combine(alone, "tocsin-managed")} is missing: the front door runs every command but validate through it (reinstall the release)\n", run.Error);
        Assert.False(Directory.Exists(_sandbox.DataDirectory));
    }

    [Fact]
    public async Task Serve_through_the_front_door_is_the_server_in_the_same_process()
    {
        var port = FreePort();
        string[] args = ["serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--data", _sandbox.DataDirectory];
        using var server = new Process { StartInfo = FrontDoorInstall.StartInfo(install.FrontDoor, args, _sandbox.Root) };
        server.Start();
        var output = server.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = server.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            var health = await WaitForHealthAsync(server, port);

            Assert.Equal(HttpStatusCode.OK, health);
            Assert.False(server.HasExited);
            Assert.True(File.Exists(Path.Combine(_sandbox.DataDirectory, "tocsin.db")));
        }
        finally
        {
            // The process started is the server (execv keeps the process): ending it ends the server.
            server.Kill();
            await server.WaitForExitAsync(TestContext.Current.CancellationToken);
            _ = await output + await error;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"), TestContext.Current.CancellationToken));
    }

    private static async Task<HttpStatusCode> WaitForHealthAsync(Process server, int port)
    {
        // Generous: a first request to a server starting on two busy cores (JIT, migrations) can take many seconds.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(240) && !server.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"), TestContext.Current.CancellationToken);
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
            catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }

        Assert.Fail(server.HasExited ? $"serve ended with {server.ExitCode}" : "serve did not answer /health in 240 s");
        return default;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
