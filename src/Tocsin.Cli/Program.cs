using Tocsin.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await TocsinCli.RunAsync(args, CliConsole.System(), TimeProvider.System, cancellation.Token);
