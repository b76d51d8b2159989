using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Server;

namespace Tocsin.Cli.Tests.Signature;

/// <summary>A real Kestrel Tocsin server on a free loopback port over a given data directory.</summary>
public sealed class KestrelServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri KeysUrl => new(BaseAddress, "/.well-known/tocsin/keys.json");

    public static async Task<KestrelServer> StartAsync(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var app = await TocsinServer.BuildAsync(Tocsin.Testing.SecondFactorRelaxed.Args, new ServerSettings { Port = 0, DataDirectory = dataDirectory }, CancellationToken.None);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new KestrelServer(app, new Uri(addresses.Addresses.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
