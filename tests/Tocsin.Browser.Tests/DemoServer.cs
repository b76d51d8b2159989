using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Cli.Demo;
using Tocsin.Server;
using Tocsin.Storage;

namespace Tocsin.Browser.Tests;

/// <summary>A real Kestrel Tocsin server with the demo scenario loaded, as <c>tocsin serve --demo</c> starts it: the
/// March 2024 picture, the demo users (<see cref="DemoPicture.Users"/>: ana, paul, wanda, admin with their published
/// passwords) and decisions, over a temporary data directory on SQLite.</summary>
public sealed class DemoServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    /// <summary>Where the server listens, on a free loopback port.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running server's services, for a test that checks what a page stored.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The demo server is not started.");

    /// <summary>The published password of the demo user <paramref name="name"/>.</summary>
    public static string PasswordOf(string name) => DemoPicture.Users.Single(u => u.Name == name).Password;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _app = await TocsinServer.BuildAsync(Tocsin.Testing.SecondFactorRelaxed.Args, new ServerSettings { Port = 0, DataDirectory = _dataDirectory }, CancellationToken.None);
        var loaded = await DemoLoader.LoadIntoEmptyAsync(_app.Services.GetRequiredService<ITocsinStore>(), null, CancellationToken.None);
        Assert.StartsWith("demo: loaded", loaded, StringComparison.Ordinal);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
