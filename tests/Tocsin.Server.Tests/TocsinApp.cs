using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests;

/// <summary>A Tocsin server in memory over a temporary data directory, shared per test class.</summary>
public sealed class TocsinApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataDirectory;

    public TocsinApp()
        : this([])
    {
    }

    private TocsinApp(IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Tocsin:DataDirectory", _dataDirectory);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
    }

    /// <summary>A server with extra configuration settings (e.g. <c>Tocsin:Taxii:MaxContentLength</c>).</summary>
    public static TocsinApp WithSettings(params KeyValuePair<string, string>[] settings) => new(settings);

    /// <summary>A client for the public surface (no credentials).</summary>
    public HttpClient CreateClient() => _factory.CreateClient();

    /// <summary>A client sending HTTP Basic credentials on every request.</summary>
    public HttpClient CreateClient(string username, string password)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        return client;
    }

    /// <summary>Adds a user with a password (hashed with few iterations: tests need speed, not strength).</summary>
    public async Task AddUserAsync(string name, Role role, string password)
    {
        await using var store = await OpenStoreAsync();
        (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(password, iterations: 1000), CancellationToken.None)).Value.ToString();
    }

    /// <summary>Adds a user holding only an API key, and returns the key.</summary>
    public async Task<string> AddUserWithKeyAsync(string name, Role role)
    {
        await using var store = await OpenStoreAsync();
        var principal = (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], null, CancellationToken.None)).Value;
        var key = ApiKey.Generate();
        (await store.AddApiKeyAsync(principal.Id, key, null, CancellationToken.None)).Value.ToString();
        return key.Plaintext;
    }

    /// <summary>Revokes an API key directly in the store.</summary>
    public async Task RevokeKeyAsync(string presentedKey)
    {
        await using var store = await OpenStoreAsync();
        (await store.RevokeApiKeyAsync(ApiKey.KeyIdOf(presentedKey)!, CancellationToken.None)).Value.ToString();
    }

    /// <summary>A client sending HTTP Basic credentials and <c>Accept: application/taxii+json;version=2.1</c>.</summary>
    public HttpClient CreateTaxiiClient(string username, string password)
    {
        var client = CreateClient(username, password);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        return client;
    }

    /// <summary>Adds a collection with a unique alias and returns it.</summary>
    public async Task<Collection> SeedCollectionAsync(string? alias = null)
    {
        await using var store = await OpenStoreAsync();
        return (await store.AddCollectionAsync(alias ?? Some.Alias("collection"), "Test collection", null, CancellationToken.None)).Value;
    }

    /// <summary>Sets a user's rights on a collection.</summary>
    public async Task GrantAsync(Collection collection, string userName, CollectionRights rights)
    {
        await using var store = await OpenStoreAsync();
        var principal = await store.FindPrincipalAsync(userName, CancellationToken.None) ?? throw new InvalidOperationException($"No user {userName}.");
        (await store.GrantAsync(collection.Id, principal.Id, rights, CancellationToken.None)).Value.ToString();
    }

    private async Task<ITocsinStore> OpenStoreAsync()
    {
        _factory.Server.ToString(); // the server creates and migrates the store first
        return (await StoreOpener.OpenAsync(null, _dataDirectory, TimeProvider.System, CancellationToken.None)).Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
