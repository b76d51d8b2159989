using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Notifications;

/// <summary>A real SMTP server on 127.0.0.1: Debian's aiosmtpd with its Maildir handler, each message a file. Without
/// it the tests using it skip outside CI and fail under <c>CI=true</c> (install <c>python3-aiosmtpd</c>).</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process? _process;
    private readonly string? _unavailable;

    private SmtpSink(Process? process, int port, string directory, string? unavailable)
    {
        _process = process;
        Port = port;
        Directory = directory;
        _unavailable = unavailable;
    }

    public int Port { get; }

    public string Directory { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", "smtp-" + Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { "tmp", "new", "cur" })
        {
            // A Maildir: aiosmtpd creates these only when the directory itself is missing.
            System.IO.Directory.CreateDirectory(Path.Combine(directory, folder));
        }

        var port = FreePort();
        if (!File.Exists(Python))
        {
            return new SmtpSink(null, port, directory, $"{Python} is missing");
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", directory })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
            {
                return new SmtpSink(null, port, directory, "aiosmtpd did not start: " + await process.StandardError.ReadToEndAsync());
            }

            if (await AcceptsAsync(port))
            {
                return new SmtpSink(process, port, directory, null);
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        return new SmtpSink(null, port, directory, "aiosmtpd did not listen within 10 s");
    }

    /// <summary>Skips the calling test when no SMTP server could be started, or fails it under CI.</summary>
    public void Require()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (PostgresServer.InCi)
        {
            throw new InvalidOperationException("An SMTP server (python3-aiosmtpd) is required under CI=true: " + _unavailable);
        }

        Assert.Skip("No SMTP server: " + _unavailable);
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var inbox = Path.Combine(Directory, "new");
        return System.IO.Directory.Exists(inbox) ? [.. System.IO.Directory.GetFiles(inbox).Select(f => MimeMessage.Load(f))] : [];
    }

    /// <summary>The messages about <paramref name="decisionId"/>.</summary>
    public IReadOnlyList<MimeMessage> About(string decisionId) =>
        [.. Messages().Where(m => string.Equals(m.Headers["X-Tocsin-Decision"], decisionId, StringComparison.Ordinal))];

    /// <summary>A port nothing listens on.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
