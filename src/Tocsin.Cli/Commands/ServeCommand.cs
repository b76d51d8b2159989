using Microsoft.Extensions.Configuration;
using System.CommandLine;
using Tocsin.Cli.Parsing;
using Tocsin.Cli.Demo;
using Tocsin.Server;
using Tocsin.Server.Hosting;
using Tocsin.Server.Signing;
using Tocsin.Storage;

namespace Tocsin.Cli.Commands;

/// <summary><c>tocsin serve [--port N] [--data DIR] [--database CONN] [--demo] [--certificate FILE
/// [--certificate-key FILE] [--certificate-password PW] --bind ADDRESS]</c>: runs the server on 127.0.0.1 (plain HTTP,
/// for a reverse proxy), or with a certificate over HTTPS on the address given, until interrupted. <c>--demo</c> loads the demo picture and users once into an empty store.</summary>
public static class ServeCommand
{
    private static readonly string[] DemoRelaxation = ["--Tocsin:Auth:SecondFactor:RequiredRoles=none"];

    /// <summary>The command, bound to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var port = CliValues.Port("--port", "TCP port on 127.0.0.1", ServerSettings.DefaultPort);
        var database = new Option<string>("--database") { Description = "sqlite:PATH or postgres:CONNECTION-STRING (default: the Tocsin:Database setting, else the embedded store in --data)", HelpName = "CONN" };
        var demo = new Option<bool>("--demo") { Description = "Load the demo scenario (March 2024) into an empty store" };
        var certificate = new Option<string>("--certificate") { Description = "Serve HTTPS with this certificate (PEM or PFX)", HelpName = "FILE" };
        var certificateKey = new Option<string>("--certificate-key") { Description = "Private key of a PEM certificate, when in its own file", HelpName = "FILE" };
        var certificatePassword = new Option<string>("--certificate-password") { Description = "Password of the PFX file or encrypted PEM key", HelpName = "PW" };
        var bind = new Option<string>("--bind") { Description = "Address to listen on (not loopback only with --certificate)", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var clientCertificates = new Option<ClientCertificateUse>("--client-certificates")
        {
            Description = "off, or allow: with --certificate, partners may present a registered client certificate (docs/mutual-tls.md); default: the Tocsin:Hosting:ClientCertificates setting, else off",
            HelpName = "USE",
            DefaultValueFactory = _ => ConfiguredClientCertificates(),
        };
        var data = CliOptions.Data();
        var command = new Command("serve", "Run the Tocsin server") { port, data, database, demo, certificate, certificateKey, certificatePassword, bind, clientCertificates };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new ServerSettings
            {
                Port = parse.GetValue(port),
                DataDirectory = parse.GetValue(data)!,
                Database = parse.GetValue(database) ?? CliStore.ConfiguredDatabase(),
                CertificatePath = parse.GetValue(certificate),
                CertificateKeyPath = parse.GetValue(certificateKey),
                CertificatePassword = parse.GetValue(certificatePassword),
                BindAddress = parse.GetValue(bind)!,
                Hosting = new HostingSettings { ClientCertificates = parse.GetValue(clientCertificates) },
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
                    // The demo's CAP messages are signed with the data directory's key set, like every other message.
                    await console.Out.WriteLineAsync(await DemoLoader.LoadIntoEmptyAsync(store, ServerSigner.Open(settings.DataDirectory, clock), cancellationToken));
                }
            }

            // The demo signs its approvers and administrator in with a password alone (docs/second-factor.md).
            var app = await TocsinServer.BuildAsync(parse.GetValue(demo) ? DemoRelaxation : [], settings, cancellationToken);
            await console.Out.WriteLineAsync($"Tocsin serving on {(settings.CertificatePath is null ? "http" : "https")}://{settings.BindAddress}:{settings.Port} (data: {Path.GetFullPath(settings.DataDirectory)}); Ctrl+C stops it");
            await app.RunAsync();
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>Tocsin:Hosting:ClientCertificates</c> from <c>appsettings.json</c> or the environment, as the server reads it.</summary>
    /// <exception cref="InvalidOperationException">A value other than off or allow.</exception>
    private static ClientCertificateUse ConfiguredClientCertificates()
    {
        var value = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build()["Tocsin:Hosting:ClientCertificates"];
        if (string.IsNullOrEmpty(value))
        {
            return ClientCertificateUse.Off;
        }

        return Enum.TryParse<ClientCertificateUse>(value, ignoreCase: true, out var use) && Enum.IsDefined(use)
            ? use
            : throw new InvalidOperationException($"Tocsin:Hosting:ClientCertificates must be off or allow, not '{value}'.");
    }
}
