using System.CommandLine;
using System.Reflection;
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
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--version"])
        {
            // Answered before any command is built: the whole of `tocsin --version` is then process start-up.
            await console.Out.WriteLineAsync(Version);
            return ExitCodes.Success;
        }

        var root = new RootCommand("Tocsin: national terrorism threat-alert platform (STIX 2.1, TAXII 2.1, CAP 1.2)");
        foreach (var command in CommandsFor(args, console, clock))
        {
            root.Subcommands.Add(command);
        }

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

    /// <summary>What <c>--version</c> prints: the informational version (version and commit), as System.CommandLine would.</summary>
    public static string Version { get; } =
        typeof(TocsinCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The command <paramref name="args"/> name first, alone, when it is one of ours: building the other
    /// command trees (and loading what they reference) is start-up time a command does not need.
    /// Otherwise every command, so that help and "unrecognized command" answers list them all.</summary>
    private static IEnumerable<Command> CommandsFor(string[] args, CliConsole console, TimeProvider clock)
    {
        var all = new (string Name, Func<Command> Create)[]
        {
            ("serve", () => ServeCommand.Create(console, clock)),
            ("validate", () => ValidateCommand.Create(console)),
            ("import", () => ImportCommand.Create(console, clock)),
            ("export", () => ExportCommand.Create(console, clock)),
            ("user", () => UserCommand.Create(console, clock)),
            ("collection", () => CollectionCommand.Create(console, clock)),
            ("subscriber", () => SubscriberCommand.Create(console, clock)),
            ("signature", () => SignatureCommand.Create(console, clock)),
            ("level", () => LevelCommand.Create(console, clock)),
            ("posture", () => PostureCommand.Create(console, clock)),
            ("ingest", () => IngestCommand.Create(console, clock)),
            ("partner", () => PartnerCommand.Create(console, clock)),
            ("tearline", () => TearlineCommand.Create(console, clock)),
            ("audit", () => AuditCommand.Create(console, clock)),
            ("migrate", () => MigrateCommand.Create(console, clock)),
        };
        var named = args.Length > 0 ? Array.Find(all, c => c.Name == args[0]) : default;
        if (named.Create is not null)
        {
            var command = named.Create();
            // The table and the command must agree, or the command would be unreachable by its name.
            return command.Name == named.Name ? [command] : throw new InvalidOperationException($"Command '{command.Name}' is listed as '{named.Name}'.");
        }

        return all.Select(c => c.Create());
    }
}
