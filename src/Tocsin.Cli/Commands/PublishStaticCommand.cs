using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Server;
using Tocsin.Server.Snapshot;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin publish-static DIR [--data DIR] [--database CONN]</c>: writes the public snapshot of the store — the
/// public pages in every language, <c>/api/v1/levels</c>, the CAP feed and its messages, the key set — as static files
/// under DIR, for any web server or CDN origin (docs/publication.md "Static export"). The files are the bytes the server
/// answers: the command runs the server for the moment of the export, on a loopback port, and asks its own pipeline.
/// DIR becomes a symbolic link replaced in one rename, so a web server serving it never sees half an export.</summary>
public static class PublishStaticCommand
{
    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR") { Description = "Directory to publish to (a symbolic link the export replaces atomically)" };
        var database = new Option<string>("--database") { Description = "sqlite:PATH or postgres:CONNECTION-STRING (default: the Tocsin:Database setting, else the embedded store in --data)", HelpName = "CONN" };
        var data = CliOptions.Data();
        var command = new Command("publish-static", "Export the public pages, status, feed and CAP messages as static files") { directory, data, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new ServerSettings
            {
                Port = 0,
                DataDirectory = parse.GetValue(data)!,
                Database = parse.GetValue(database) ?? CliStore.ConfiguredDatabase(),
            };
            WebApplication app;
            try
            {
                app = await TocsinServer.BuildAsync([], settings, cancellationToken);
            }
            catch (InvalidOperationException unopened)
            {
                await console.Error.WriteLineAsync(unopened.Message);
                return ExitCodes.Failure;
            }

            await using (app)
            {
                await app.StartAsync(cancellationToken);
                try
                {
                    var snapshot = await app.Services.GetRequiredService<PublicSnapshots>().RebuildAsync(cancellationToken);
                    var target = parse.GetValue(directory)!;
                    var files = await app.Services.GetRequiredService<StaticExport>().WriteAsync(target, snapshot, cancellationToken);
                    await console.Out.WriteLineAsync($"Published {files} files to {Path.GetFullPath(target)}");
                    return ExitCodes.Success;
                }
                catch (InvalidOperationException refused)
                {
                    await console.Error.WriteLineAsync(refused.Message);
                    return ExitCodes.Failure;
                }
                finally
                {
                    await app.StopAsync(CancellationToken.None);
                }
            }
        });
        return command;
    }
}
