using System.CommandLine;
using System.CommandLine.Invocation;
using Tocsin.Cli.Commands;
using Tocsin.Cli.Parsing;
using Tocsin.Storage.Audit;

namespace Tocsin.Cli;

/// <summary>The <c>tocsin</c> command line: every command, and the rule that bad input ends in a
/// one-line message and a non-zero exit code, never a stack trace.</summary>
public static class TocsinCli
{
    /// <summary>Runs <paramref name="args"/> and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("Tocsin: national terrorism threat-alert platform (STIX 2.1, TAXII 2.1, CAP 1.2)");
        root.Subcommands.Add(ServeCommand.Create(console, clock));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console, clock));
        root.Subcommands.Add(ExportCommand.Create(console, clock));
        root.Subcommands.Add(UserCommand.Create(console, clock));
        root.Subcommands.Add(CollectionCommand.Create(console, clock));
        root.Subcommands.Add(SubscriberCommand.Create(console, clock));
        root.Subcommands.Add(SignatureCommand.Create(console, clock));
        root.Subcommands.Add(LevelCommand.Create(console, clock));
        root.Subcommands.Add(IngestCommand.Create(console, clock));
        root.Subcommands.Add(PartnerCommand.Create(console, clock));
        root.Subcommands.Add(TearlineCommand.Create(console, clock));
        root.Subcommands.Add(AuditCommand.Create(console, clock));
        root.Subcommands.Add(MigrateCommand.Create(console, clock));
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            return await ParseErrorReport.WriteAsync(parse, console);
        }

        // Writes made by a command are logged as the operating-system user who ran it (docs/audit.md).
        using var actor = AuditActor.Use(AuditActor.Cli());
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CliStoreException or Npgsql.NpgsqlException)
        {
            // Disk full, permission denied on the data directory, a locked database, a malformed database setting,
            // an unreachable PostgreSQL: the operator's environment, not a bug. Say what happened in one line.
            await console.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
