using System.CommandLine;
using Tocsin.Cli.Commands;
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

        var root = TocsinRootCommand.Create();
        foreach (var command in CommandsFor(args, console, clock))
        {
            root.Subcommands.Add(command);
        }

        // Writes made by a command are logged as the operating-system user who ran it (docs/audit.md).
        using var actor = AuditActor.Use(AuditActor.Cli());
        return await CommandRunner.RunAsync(root, args, console.Out, console.Error, IsEnvironmentFault, cancellationToken);
    }

    /// <summary>Disk full, permission denied on the data directory, a locked database, a malformed database setting,
    /// an unreachable PostgreSQL, a setting refused as `serve` starts (a measures catalogue with a problem, a limit out
    /// of range): the operator's environment or configuration, not a bug, said in one line.</summary>
    private static bool IsEnvironmentFault(Exception exception) =>
        CommandRunner.IsFileSystemFault(exception)
        || exception is CliStoreException or Npgsql.NpgsqlException or Microsoft.Extensions.Options.OptionsValidationException;

    /// <summary>What <c>--version</c> prints: the informational version (version and commit), as System.CommandLine would.</summary>
    public static string Version => CliVersion.Informational;

    /// <summary>The command <paramref name="args"/> name first, alone, when it is one of ours: building the other
    /// command trees (and loading what they reference) is start-up time a command does not need.
    /// Otherwise every command, so that help and "unrecognized command" answers list them all.</summary>
    private static IEnumerable<Command> CommandsFor(string[] args, CliConsole console, TimeProvider clock)
    {
        var all = new (string Name, Func<Command> Create)[]
        {
            ("serve", () => ServeCommand.Create(console, clock)),
            ("validate", () => ValidateCommand.Create(console.Out, console.Error)),
            ("import", () => ImportCommand.Create(console, clock)),
            ("export", () => ExportCommand.Create(console, clock)),
            ("user", () => UserCommand.Create(console, clock)),
            ("collection", () => CollectionCommand.Create(console, clock)),
            ("subscriber", () => SubscriberCommand.Create(console, clock)),
            ("signature", () => SignatureCommand.Create(console, clock)),
            ("level", () => LevelCommand.Create(console, clock)),
            ("measures", () => MeasuresCommand.Create(console)),
            ("posture", () => PostureCommand.Create(console, clock)),
            ("ingest", () => IngestCommand.Create(console, clock)),
            ("partner", () => PartnerCommand.Create(console, clock)),
            ("marking", () => MarkingCommand.Create(console, clock)),
            ("tearline", () => TearlineCommand.Create(console, clock)),
            ("audit", () => AuditCommand.Create(console, clock)),
            ("reads", () => ReadsCommand.Create(console, clock)),
            ("migrate", () => MigrateCommand.Create(console, clock)),
            ("publish-static", () => PublishStaticCommand.Create(console)),
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
