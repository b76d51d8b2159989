using System.Diagnostics;
using System.Globalization;

namespace Tocsin.Cli.Tests.Docs;

/// <summary>Every <c>```sh</c> example of the README and <c>docs/*.md</c> runs, in the order printed, against a real
/// demo server and a scratch data directory, and must exit 0. <c>tocsin</c> is the built CLI,
/// <c>127.0.0.1:5080</c> is rewritten to the test server's port, and <c>curl</c> fails on an HTTP error status. A
/// block that needs what the test cannot start (PostgreSQL at a named host, a TLS certificate, a release build, a
/// webhook receiver) carries <c>&lt;!-- not-run: reason --&gt;</c> on the line before it; the test prints how many
/// it skipped and why. A block may also name what its output must contain, one <c>&lt;!-- expect: text --&gt;</c>
/// line each before it, so that a key example checks what it prints, not only that it ends well.</summary>
public sealed class DocExamplesTests
{
    private static readonly TimeSpan ExampleTimeout = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Documents()
    {
        var root = RepositoryRoot();
        var documents = new TheoryData<string> { "README.md" };
        foreach (var path in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            documents.Add(Path.GetRelativePath(root, path));
        }

        return documents;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_shell_example_runs_as_printed(string document)
    {
        var root = RepositoryRoot();
        var examples = MarkdownShellExamples.Read(root, Path.Combine(root, document));
        var skipped = examples.Where(e => e.NotRunReason is not null).ToList();
        var output = TestContext.Current.TestOutputHelper!;
        foreach (var example in skipped)
        {
            output.WriteLine($"not run: {example}: {example.NotRunReason}");
        }

        output.WriteLine($"{document}: {examples.Count - skipped.Count} examples run, {skipped.Count} not run");
        if (examples.Count == skipped.Count)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = await DocServer.StartAsync(root, cancellationToken);
        foreach (var example in examples.Where(e => e.NotRunReason is null))
        {
            Assert.True(example.Language is "sh" or "bash" or "shell", $"{example}: a {example.Language} example cannot run here; mark it <!-- not-run: reason -->.");
            var (exit, text) = await RunAsync(server, example.Code, cancellationToken);

            Assert.True(exit == 0, $"{example} exited {exit}:\n{example.Code}\n--- output\n{text}\n--- server\n{server.Log}");
            foreach (var fragment in example.Expected)
            {
                Assert.True(text.Contains(fragment, StringComparison.Ordinal), $"{example}: the output lacks \"{fragment}\":\n{example.Code}\n--- output\n{text}");
            }
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(DocServer server, string code, CancellationToken cancellationToken)
    {
        var script = "set -eo pipefail\n" +
                     "curl() { command curl --fail-with-body \"$@\"; }\n" +
                     $"tocsin() {{ '{DocServer.DotnetHost()}' '{DocServer.CliPath()}' \"$@\"; }}\n" +
                     code.Replace("127.0.0.1:5080", "127.0.0.1:" + server.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = server.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ExampleTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {ExampleTimeout}\n{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tocsin.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Tocsin.slnx above {AppContext.BaseDirectory}.");
    }
}
