using Tocsin.Cli;

if (args is ["validate", ..])
{
    // `validate` formats and compares only with the invariant culture, so it runs without ICU: loading the
    // ICU libraries is a fixed start-up cost it does not need (docs/benchmarks.md). Set before anything,
    // the console included, first touches globalization; the other commands (the server's French and
    // English pages) keep ICU.
    AppContext.SetSwitch("System.Globalization.Invariant", true);
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await TocsinCli.RunAsync(args, CliConsole.System(), TimeProvider.System, cancellation.Token);
