using System.CommandLine;
using Tocsin.Cli.Demo;
using Tocsin.Server;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin serve [--port N] [--data DIR] [--database CONN] [--demo]</c>: runs the server on
/// 127.0.0.1 until interrupted. <c>--demo</c> loads the demo picture and users once into an empty store.</summary>
public static class ServeCommand
{
    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1", DefaultValueFactory = _ => ServerSettings.DefaultPort, HelpName = "N" };
        var database = new Option<string>("--database") { Description = "sqlite:PATH (default: the embedded store in --data)", HelpName = "CONN" };
        var demo = new Option<bool>("--demo") { Description = "Load the demo scenario (March 2024) into an empty store" };
        var data = CliOptions.Data();
        var command = new Command("serve", "Run the Tocsin server") { port, data, database, demo };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new ServerSettings
            {
                Port = parse.GetValue(port),
                DataDirectory = parse.GetValue(data)!,
                Database = parse.GetValue(database),
            };
            if (settings.Port is < 0 or > 65535)
            {
                await console.Error.WriteLineAsync($"--port must be between 0 and 65535, not {settings.Port}");
                return ExitCodes.Usage;
            }

            var opened = await StoreOpener.OpenAsync(settings.Database, settings.DataDirectory, clock, cancellationToken);
            if (!opened.IsSuccess)
            {
                await console.Error.WriteLineAsync(opened.Error.Message);
                return ExitCodes.Failure;
            }

            await using (var store = opened.Value)
            {
                if (parse.GetValue(demo))
                {
                    await console.Out.WriteLineAsync(await DemoLoader.LoadIntoEmptyAsync(store, cancellationToken));
                }
            }

            var app = await TocsinServer.BuildAsync([], settings, cancellationToken);
            await console.Out.WriteLineAsync($"Tocsin serving on http://{settings.BindAddress}:{settings.Port} (data: {Path.GetFullPath(settings.DataDirectory)}); Ctrl+C stops it");
            await app.RunAsync();
            return ExitCodes.Success;
        });
        return command;
    }
}
