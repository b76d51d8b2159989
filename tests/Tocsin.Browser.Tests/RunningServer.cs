using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Server;
using Tocsin.Storage;

namespace Tocsin.Browser.Tests;

/// <summary>A real Kestrel Tocsin server on a free loopback port over a temporary data directory.</summary>
public sealed class RunningServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _app = await TocsinServer.BuildAsync([], new ServerSettings { Port = 0, DataDirectory = _dataDirectory }, CancellationToken.None);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    /// <summary>Adds a user with a password (hashed with few iterations: tests need speed, not strength).</summary>
    public async Task AddUserAsync(string name, Role role, string password)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(password, iterations: 1000), CancellationToken.None)).Value.ToString();
    }

    /// <summary>Gives a user read and write grants on the picture (created when missing), as accepting a draft item
    /// needs a write grant on its collection.</summary>
    public async Task GrantPictureAsync(string name)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        var picture = await store.FindCollectionAsync("picture", CancellationToken.None)
            ?? (await store.AddCollectionAsync("picture", "Intelligence picture", null, CancellationToken.None)).Value;
        var principal = (await store.FindPrincipalAsync(name, CancellationToken.None))!;
        (await store.GrantAsync(picture.Id, principal.Id, CollectionRights.Read | CollectionRights.Write, CancellationToken.None)).Value.ToString();
    }

    /// <summary>Adds an object to the picture (created when missing), where the decision room searches evidence.</summary>
    public async Task AddToPictureAsync(Tocsin.Core.Stix.StixObject stix)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        var picture = await store.FindCollectionAsync("picture", CancellationToken.None)
            ?? (await store.AddCollectionAsync("picture", "Intelligence picture", null, CancellationToken.None)).Value;
        var outcome = (await store.AddObjectsAsync(picture.Id, [stix], CancellationToken.None)).Outcomes[0];
        Assert.True(outcome.Succeeded, outcome.ToString());
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
