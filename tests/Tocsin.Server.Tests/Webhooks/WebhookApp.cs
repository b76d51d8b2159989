using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tocsin.Core.Cap;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Storage.Publications;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Webhooks;

/// <summary>A Tocsin server whose webhook settings suit tests (the local receiver allow-listed, retries after
/// milliseconds, 4 attempts), with a receiver and an administrator.</summary>
public sealed class WebhookApp : IAsyncLifetime
{
    public const int MaxAttempts = 4;
    public const string AdminPassword = "admin-password";

    private readonly List<WebApplicationFactory<Program>> _nodes = [];

    public string DataDirectory { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));

    public WebhookReceiver Receiver { get; private set; } = null!;

    /// <summary>The <c>Tocsin:Database</c> setting (<c>postgres:…</c>); null for SQLite in <see cref="DataDirectory"/>.</summary>
    public string? Database { get; init; }

    public string Admin { get; } = Some.Alias("admin");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        Receiver = await WebhookReceiver.StartAsync();
        StartNode();
        await AddUserAsync(Admin, Role.Admin, AdminPassword);
    }

    /// <summary>Starts one more server node over the same data directory (the first is started by the fixture).</summary>
    public WebApplicationFactory<Program> StartNode()
    {
        var node = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("Tocsin:DataDirectory", DataDirectory)
            .UseSetting(Tocsin.Testing.SecondFactorRelaxed.Key, Tocsin.Testing.SecondFactorRelaxed.Value)
            .UseSetting("Tocsin:Webhooks:AllowList:0", "127.0.0.1")
            .UseSetting("Tocsin:Webhooks:AllowList:1", "203.0.113.0/24") // documentation space (RFC 5737): never answers
            .UseSetting("Tocsin:Webhooks:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Tocsin:Webhooks:BaseDelay", "00:00:00.010")
            .UseSetting("Tocsin:Webhooks:MaxDelay", "00:00:00.040")
            .UseSetting("Tocsin:Webhooks:DispatchInterval", "00:00:00.050")
            .UseSetting("Tocsin:Database", Database ?? string.Empty));
        node.Server.ToString(); // starts the host and its background services
        _nodes.Add(node);
        return node;
    }

    public HttpClient CreateClient() => _nodes[0].CreateClient();

    public HttpClient CreateClient(string username, string password)
    {
        var client = _nodes[0].CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
        return client;
    }

    public HttpClient CreateAdminClient() => CreateClient(Admin, AdminPassword);

    public async Task AddUserAsync(string name, Role role, string password)
    {
        await using var store = await OpenStoreAsync();
        (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(password, iterations: 1000), CancellationToken.None)).Value.ToString();
    }

    /// <summary>Adds a subscriber through the API; returns its id and secret.</summary>
    public async Task<(Guid Id, string Secret)> AddSubscriberAsync(string url, string[]? territories = null, bool exercises = false)
    {
        using var client = CreateAdminClient();
        var response = await client.PostAsJsonAsync("/api/v1/subscribers",
            new { name = Some.Alias("sub"), url, territories = territories ?? [], exercises }, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await HttpAssert.StatusAsync(System.Net.HttpStatusCode.Created, response)).RootElement;
        return (body.GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
    }

    /// <summary>Stores a CAP message directly, as the decisions feature does on approval.</summary>
    public async Task<Publication> PublishAsync(CapStatus status = CapStatus.Actual, string[]? territories = null, Guid? decisionId = null)
    {
        var identifier = Some.Alias("tocsin-msg");
        await using var store = await OpenStoreAsync();
        return (await store.Publications.AddAsync(new Publication(
            0, identifier, decisionId, new DateTimeOffset(2024, 3, 24, 19, 30, 0, TimeSpan.Zero), status, CapMsgType.Alert, CapScope.Public,
            "vigipirate", "urgence-attentat", territories ?? ["FRA"], "Urgence attentat",
            Encoding.UTF8.GetBytes($"<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>{identifier}</identifier></alert>")),
            CancellationToken.None)).Value;
    }

    public async Task<JsonElement> DeliveriesAsync(string identifier)
    {
        using var client = CreateAdminClient();
        var response = await client.GetAsync(new Uri($"/api/v1/publications/{identifier}/deliveries", UriKind.Relative), TestContext.Current.CancellationToken);
        return JsonDocument.Parse(await HttpAssert.StatusAsync(System.Net.HttpStatusCode.OK, response)).RootElement;
    }

    /// <summary>Polls until <paramref name="condition"/> holds (10 s at most).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"Timed out waiting for {what}.");
    }

    public async Task<ITocsinStore> OpenStoreAsync() =>
        (await StoreOpener.OpenAsync(Database, DataDirectory, TimeProvider.System, CancellationToken.None)).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await Receiver.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await ScratchDirectory.DeleteAsync(DataDirectory);
    }
}
