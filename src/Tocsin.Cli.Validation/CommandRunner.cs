using System.CommandLine;
using System.CommandLine.Invocation;
using Tocsin.Cli.Parsing;

namespace Tocsin.Cli;

/// <summary>Parses and runs a command line under the rule every front keeps: bad input ends in a one-line message
/// and a non-zero exit code, never a stack trace.</summary>
public static class CommandRunner
{
    /// <summary>Runs <paramref name="args"/> against <paramref name="root"/> and returns the process exit code.
    /// <paramref name="isEnvironmentFault"/> names the exceptions that come from the operator's environment (a full
    /// disk, a refused permission, an unreachable database) and are reported as one line instead of a crash.</summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter output, TextWriter error,
        Func<Exception, bool> isEnvironmentFault, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(isEnvironmentFault);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            return await ParseErrorReport.WriteAsync(parse, error);
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (isEnvironmentFault(ex))
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>The faults of the environment any command can meet: the disk and the file system's permissions.</summary>
    public static bool IsFileSystemFault(Exception exception) => exception is IOException or UnauthorizedAccessException;
}
