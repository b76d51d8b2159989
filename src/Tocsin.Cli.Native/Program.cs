using Tocsin.Cli;
using Tocsin.Cli.Commands;
using Tocsin.Cli.Native;

return FrontDoor.RouteOf(args) switch
{
    FrontDoorRoute.Version => PrintVersion(),
    FrontDoorRoute.Validate => await ValidateAsync(args),
    FrontDoorRoute.Managed => ManagedCommand.Replace(ManagedCommand.PathBeside(), args, Console.Error),
};

static int PrintVersion()
{
    Console.Out.WriteLine(CliVersion.Informational);
    return ExitCodes.Success;
}

static async Task<int> ValidateAsync(string[] args)
{
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
    // The root and the validate command the managed command builds when `validate` is named first.
    var root = TocsinRootCommand.Create();
    root.Subcommands.Add(ValidateCommand.Create(Console.Out, Console.Error));
    return await CommandRunner.RunAsync(root, args, Console.Out, Console.Error, CommandRunner.IsFileSystemFault, cancellation.Token);
}
