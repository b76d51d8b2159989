using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests;

/// <summary>A Tocsin server in memory over a temporary data directory, shared per test class.</summary>
public sealed class TocsinApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataDirectory;
    private readonly string? _database;

    public TocsinApp()
        : this([])
    {
    }

    private TocsinApp(IReadOnlyList<KeyValuePair<string, string>> settings, Action<IServiceCollection>? services = null)
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        _database = settings.FirstOrDefault(s => s.Key == "Tocsin:Database").Value;
        Directory.CreateDirectory(_dataDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Tocsin:DataDirectory", _dataDirectory);
            builder.UseSetting(SecondFactorRelaxed.Key, SecondFactorRelaxed.Value);
            builder.ConfigureServices(collection => collection.AddSingleton<IStartupFilter, ClientAddressFilter>());
            if (services is not null)
            {
                builder.ConfigureServices(services);
            }

            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
    }

    /// <summary>A server with extra configuration settings (e.g. <c>Tocsin:Taxii:MaxContentLength</c>).</summary>
    public static TocsinApp WithSettings(params KeyValuePair<string, string>[] settings) => new(settings);

    /// <summary>A server with extra services (a log sink) and configuration settings.</summary>
    public static TocsinApp WithServices(Action<IServiceCollection> services, params KeyValuePair<string, string>[] settings) => new(settings, services);

    /// <summary>The path of the embedded store's database file.</summary>
    public string DatabaseFile => Path.Combine(_dataDirectory, StoreOpener.DatabaseFileName);

    /// <summary>The server's services (its endpoint list, its store).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>A client for the public surface (no credentials).</summary>
    public HttpClient CreateClient() => _factory.CreateClient();

    /// <summary>A client that behaves like a browser: keeps cookies, does not follow redirects, asks for HTML in English, and
    /// comes from <paramref name="clientAddress"/> (a fresh address when null, so throttling is per test).</summary>
    public HttpClient CreateBrowserClient(string? clientAddress = null)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, clientAddress ?? $"198.51.100.{Random.Shared.Next(1, 255)}");
        return client;
    }

    /// <summary>A client sending HTTP Basic credentials on every request.</summary>
    public HttpClient CreateClient(string username, string password)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        return client;
    }

    /// <summary>A client sending HTTP Basic credentials from the given client address.</summary>
    public HttpClient CreateClient(string username, string password, string clientAddress)
    {
        var client = CreateClient(username, password);
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, clientAddress);
        return client;
    }

    /// <summary>Adds a user with a password (hashed with few iterations: tests need speed, not strength).</summary>
    public async Task AddUserAsync(string name, Role role, string password)
    {
        await using var store = await OpenStoreAsync();
        (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(password, iterations: 1000), CancellationToken.None)).Value.ToString();
    }

    /// <summary>Adds a user holding several roles with a password.</summary>
    public async Task AddUserAsync(string name, IReadOnlyList<Role> roles, string password)
    {
        await using var store = await OpenStoreAsync();
        (await store.AddPrincipalAsync(name, PrincipalKind.User, roles, PasswordHasher.Hash(password, iterations: 1000), CancellationToken.None)).Value.ToString();
    }

    /// <summary>The audit log's last sequence number: every write appends to it, so an unchanged number means nothing changed.</summary>
    public async Task<long> AuditSequenceAsync()
    {
        await using var store = await OpenStoreAsync();
        return (await store.Audit.HeadAsync(CancellationToken.None))?.Sequence ?? 0;
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

    // ---- alert plan ----

    /// <summary>The password of users added by <see cref="PlanClientsAsync"/>.</summary>
    public const string PlanPassword = "plan-password";

    /// <summary>Adds a new analyst and a new approver and returns a client for each.</summary>
    public async Task<(HttpClient Analyst, HttpClient Approver)> PlanClientsAsync()
    {
        var analyst = Some.Alias("analyst");
        var approver = Some.Alias("approver");
        await AddUserAsync(analyst, Role.Analyst, PlanPassword);
        await AddUserAsync(approver, Role.Approver, PlanPassword);
        return (CreateClient(analyst, PlanPassword), CreateClient(approver, PlanPassword));
    }

    /// <summary>Proposes <paramref name="proposal"/> as a new analyst and approves it as a new approver;
    /// returns the approved decision's JSON.</summary>
    public async Task<JsonElement> DecideLevelAsync(object proposal)
    {
        var (analyst, approver) = await PlanClientsAsync();
        using (analyst)
        using (approver)
        {
            using var proposed = await analyst.PostAsJsonAsync(new Uri("/api/v1/decisions", UriKind.Relative), proposal);
            var id = JsonDocument.Parse(await proposed.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
            using var approved = await approver.PostAsync(new Uri($"/api/v1/decisions/{id}/approve", UriKind.Relative), null);
            var body = await approved.Content.ReadAsStringAsync();
            Assert.True(approved.IsSuccessStatusCode, body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    /// <summary>What the store holds of the plan: decisions, their events and published messages.</summary>
    public async Task<(int Decisions, int Events, int Messages)> PlanCountsAsync()
    {
        await using var store = await OpenStoreAsync();
        var decisions = await store.Plan.ListAsync(null, CancellationToken.None);
        var messages = await store.Publications.ListAfterAsync(0, 10_000, CancellationToken.None);
        return (decisions.Count, decisions.Sum(d => d.Events.Count), messages.Count);
    }

    /// <summary>What the store holds of postures: postures, their events and their published changes.</summary>
    public async Task<(int Postures, int Events, int Changes)> PostureCountsAsync()
    {
        await using var store = await OpenStoreAsync();
        var postures = await store.Postures.ListAsync(null, CancellationToken.None);
        var changes = await store.Postures.ChangesAfterAsync(0, 10_000, CancellationToken.None);
        return (postures.Count, postures.Sum(p => p.Events.Count), changes.Count);
    }

    /// <summary>Adds objects to the intelligence picture (the <c>picture</c> collection, made when missing).</summary>
    public async Task AddToPictureAsync(params StixObject[] objects)
    {
        var picture = await EnsureCollectionAsync("picture");
        await using var store = await OpenStoreAsync();
        var result = await store.AddObjectsAsync(picture.Id, objects, CancellationToken.None);
        Assert.All(result.Outcomes, outcome => Assert.True(outcome.Succeeded, outcome.ToString()));
    }

    /// <summary>Stores one STIX object a decision can cite, and returns its id.</summary>
    public async Task<string> SeedEvidenceAsync()
    {
        await using var store = await OpenStoreAsync();
        var collection = (await store.AddCollectionAsync(Some.Alias("evidence"), "Evidence", null, CancellationToken.None)).Value;
        var identity = StixJson.Identity();
        await store.AddObjectsAsync(collection.Id, [identity.Build()], CancellationToken.None);
        return identity.Id;
    }

    // ---- ingest ----

    /// <summary>How many ingest drafts are stored.</summary>
    public async Task<long> CountDraftsAsync()
    {
        await using var store = await OpenStoreAsync();
        return await store.Drafts.CountAsync(CancellationToken.None);
    }

    /// <summary>How many object versions a collection holds (0 when it does not exist yet).</summary>
    public async Task<long> CountObjectsAsync(string collectionAlias)
    {
        await using var store = await OpenStoreAsync();
        var collection = await store.FindCollectionAsync(collectionAlias, CancellationToken.None);
        return collection is null ? 0 : await store.CountObjectsAsync(collection.Id, CancellationToken.None);
    }

    /// <summary>The latest version of an object in a collection, or null.</summary>
    public async Task<StixObject?> FindObjectAsync(string collectionAlias, string id)
    {
        await using var store = await OpenStoreAsync();
        var collection = await store.FindCollectionAsync(collectionAlias, CancellationToken.None);
        if (collection is null)
        {
            return null;
        }

        var page = await store.QueryObjectsAsync(collection.Id, new ObjectQuery { Ids = [id] }, CancellationToken.None);
        return page.Value.Items.Count == 0 ? null : page.Value.Items[^1].Object;
    }

    // ---- sharing ----

    /// <summary>Sets our organisation's identity for the sharing policy and tearlines.</summary>
    public async Task SetOrganisationAsync(string identityId)
    {
        await using var store = await OpenStoreAsync();
        await store.Sharing.SetSettingsAsync(new Tocsin.Core.Sharing.SharingSettings { OrganisationIdentityIds = [identityId] }, CancellationToken.None);
    }

    /// <summary>Creates a collection (when missing) and stores the given STIX objects in it.</summary>
    public async Task SeedObjectsAsync(string alias, params string[] objects)
    {
        await using var store = await OpenStoreAsync();
        var collection = await store.FindCollectionAsync(alias, CancellationToken.None)
            ?? (await store.AddCollectionAsync(alias, null, null, CancellationToken.None)).Value;
        var parsed = objects.Select(o => Tocsin.Core.Stix.StixObject.FromTrusted(Encoding.UTF8.GetBytes(o))).ToList();
        var result = await store.AddObjectsAsync(collection.Id, parsed, CancellationToken.None);
        Assert.All(result.Outcomes, o => Assert.True(o.Succeeded, o.ToString()));
    }

    /// <summary>Adds a partner principal holding an API key but no sharing profile, and returns the key.</summary>
    public async Task<string> AddPartnerWithoutProfileAsync(string name)
    {
        await using var store = await OpenStoreAsync();
        var principal = (await store.AddPrincipalAsync(name, PrincipalKind.Partner, [], null, CancellationToken.None)).Value;
        var key = ApiKey.Generate();
        (await store.AddApiKeyAsync(principal.Id, key, null, CancellationToken.None)).Value.ToString();
        return key.Plaintext;
    }

    /// <summary>Adds a partner principal with a password (partners normally hold keys only).</summary>
    public async Task AddPartnerWithPasswordAsync(string name, string password)
    {
        await using var store = await OpenStoreAsync();
        (await store.AddPrincipalAsync(name, PrincipalKind.Partner, [], PasswordHasher.Hash(password, iterations: 1000), CancellationToken.None)).Value.ToString();
    }

    /// <summary>Removes a principal directly in the store.</summary>
    public async Task RemovePrincipalAsync(string name)
    {
        await using var store = await OpenStoreAsync();
        (await store.RemovePrincipalAsync(name, CancellationToken.None)).Value.ToString();
    }

    // ---- the application's own endpoints ----

    /// <summary>Every route the application maps outside the web application, one row per HTTP method, from its own endpoint list: a test
    /// over this covers an endpoint the day it is added.</summary>
    public IReadOnlyList<MappedRoute> Routes() => Routes(web: false);

    /// <summary>The web application's routes: pages, assets, sign-in (endpoints marked <see cref="Tocsin.Server.Web.WebEndpoint"/>).</summary>
    public IReadOnlyList<MappedRoute> WebRoutes() => Routes(web: true);

    private List<MappedRoute> Routes(bool web)
    {
        var source = _factory.Services.GetRequiredService<EndpointDataSource>();
        return [.. source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.Metadata.GetMetadata<Tocsin.Server.Web.WebEndpoint>() is not null || IsAssetFallback(e)) == web)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new MappedRoute(m, Normalised(e.RoutePattern.RawText!))))
            .Distinct()
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
    }

    // Under development hosting the static assets add a fallback to files on disk, outside their conventions.
    private static bool IsAssetFallback(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText == "{**path:file}";

    // A group's "/" maps "/api/v1/drafts/", which routing serves as "/api/v1/drafts" too; TAXII keeps its slashes.
    private static string Normalised(string pattern)
    {
        var rooted = "/" + pattern.TrimStart('/');
        return rooted.Length > 1 && !rooted.StartsWith("/taxii2", StringComparison.Ordinal) ? rooted.TrimEnd('/') : rooted;
    }

    // ---- TAXII ----

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

    /// <summary>The collection with this alias, added when missing.</summary>
    public async Task<Collection> EnsureCollectionAsync(string alias)
    {
        await using var store = await OpenStoreAsync();
        return await store.FindCollectionAsync(alias, CancellationToken.None)
            ?? (await store.AddCollectionAsync(alias, null, null, CancellationToken.None)).Value;
    }

    /// <summary>Sets a user's rights on a collection.</summary>
    public async Task GrantAsync(Collection collection, string userName, CollectionRights rights)
    {
        await using var store = await OpenStoreAsync();
        var principal = await store.FindPrincipalAsync(userName, CancellationToken.None) ?? throw new InvalidOperationException($"No user {userName}.");
        (await store.GrantAsync(collection.Id, principal.Id, rights, CancellationToken.None)).Value.ToString();
    }

    /// <summary>A new staff user (<paramref name="role"/>, a fresh name) with <paramref name="rights"/> on
    /// <paramref name="collection"/>, cleared to <paramref name="level"/> of the national scale when one is given, and a
    /// client signed in as it.</summary>
    public async Task<(string Name, HttpClient Client)> AddClearedUserAsync(Role role, Collection collection, CollectionRights rights, string? level,
        string password)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var name = Some.Alias(role.ToString().ToLowerInvariant());
        await AddUserAsync(name, role, password);
        await GrantAsync(collection, name, rights);
        if (level is not null)
        {
            await using var store = await OpenStoreAsync();
            var principal = (await store.FindPrincipalAsync(name, CancellationToken.None))!;
            (await store.Classification.SetClearanceAsync(principal.Id, new Tocsin.Core.Classification.Clearance(level, []), CancellationToken.None))
                .Value.ToString();
        }

        return (name, CreateClient(name, password));
    }

    private async Task<ITocsinStore> OpenStoreAsync()
    {
        _factory.Server.ToString(); // the server creates and migrates the store first
        return (await StoreOpener.OpenAsync(_database, _dataDirectory, TimeProvider.System, CancellationToken.None)).Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await ScratchDirectory.DeleteAsync(_dataDirectory);
    }
}
