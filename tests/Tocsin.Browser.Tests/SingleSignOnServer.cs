using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Server;
using Tocsin.Storage;
using Tocsin.Testing.Oidc;

namespace Tocsin.Browser.Tests;

/// <summary>A real OpenID Connect provider (OpenIddict) and a real Kestrel Tocsin signing in through it, both on
/// free loopback ports. Provider role <c>tocsin-approver</c> maps to Tocsin's approver.</summary>
public sealed class SingleSignOnServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public OidcTestProvider Provider { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        Provider = await OidcTestProvider.StartAsync();
        Directory.CreateDirectory(_dataDirectory);
        string[] args =
        [
            "--Tocsin:Auth:Oidc:Authority=" + Provider.Authority,
            "--Tocsin:Auth:Oidc:ClientId=" + OidcTestProvider.ClientId,
            "--Tocsin:Auth:Oidc:ClientSecret=" + OidcTestProvider.ClientSecret,
            "--Tocsin:Auth:Oidc:RequireHttpsMetadata=false",
            "--Tocsin:Auth:Oidc:DisplayName=Test Provider",
            "--Tocsin:Auth:Oidc:RolesClaim=roles",
            "--Tocsin:Auth:Oidc:RoleMap:tocsin-approver=approver",
        ];
        _app = await TocsinServer.BuildAsync(args, new ServerSettings { Port = 0, DataDirectory = _dataDirectory }, CancellationToken.None);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>Adds a user without a password: single sign-on is the only way in.</summary>
    public async Task AddUserAsync(string name, Role role)
    {
        var store = _app!.Services.GetRequiredService<ITocsinStore>();
        (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], null, CancellationToken.None)).Value.ToString();
    }

    /// <summary>The user's roles as stored.</summary>
    public async Task<IReadOnlyList<Role>> RolesAsync(string name) =>
        (await _app!.Services.GetRequiredService<ITocsinStore>().FindPrincipalAsync(name, CancellationToken.None))!.Roles;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Provider.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
