using System.Text;

namespace Tocsin.Cli.Tests;

/// <summary>A temporary working area with its own data directory, in which <c>tocsin</c> commands run in-process.</summary>
public sealed class CliSandbox : IDisposable
{
    public CliSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "tocsin-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        DataDirectory = Path.Combine(Root, "data");
    }

    public string Root { get; }

    public string DataDirectory { get; }

    /// <summary>Runs a command against this sandbox's data directory (appended as <c>--data</c> when
    /// the command touches the store).</summary>
    public async Task<CliRun> RunAsync(string[] args, string? standardInput = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = CliConsole.Captured(output, error, new StringReader(standardInput ?? string.Empty));
        var withData = TouchesStore(args) ? [.. args, "--data", DataDirectory] : args;
        var exit = await TocsinCli.RunAsync(withData, console, TimeProvider.System, TestContext.Current.CancellationToken);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public Task<CliRun> RunAsync(params string[] args) => RunAsync(args, null);

    /// <summary>Writes a file in the sandbox and returns its path.</summary>
    public string WriteFile(string name, string content, Encoding? encoding = null)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string PathOf(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static bool TouchesStore(string[] args) =>
        args.Length > 0 && args[0] is "import" or "export" or "user" or "collection" or "audit";
}
