using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.MultiNode;

/// <summary>Two real <c>tocsin serve</c> processes, A and B, on one fresh PostgreSQL database and one shared data
/// directory (as docs/deployment.md sets nodes up), started together on an empty directory so that they also race
/// to create its keys. Users are seeded in the database before they start. Shared by the tests of a class: the
/// processes start at the first test that asks for them and are killed when the class ends, passed or failed.</summary>
public sealed class TwoNodes(PostgresServer server) : IAsyncLifetime
{
    public const string Password = "multi-node-password";
    public const string Analyst = "analyst-multi";
    public const string Approver = "approver-multi";
    public const string Admin = "admin-multi";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly List<TocsinProcess> _processes = [];
    private string? _connectionString;

    /// <summary>The data directory both nodes share.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "tocsin-tests", "multinode-" + Guid.NewGuid().ToString("N"));

    /// <summary>The <c>--database</c> setting of both nodes.</summary>
    public string Database => "postgres:" + _connectionString;

    /// <summary>Node A's base address.</summary>
    public Uri A { get; private set; } = null!;

    /// <summary>Node B's base address.</summary>
    public Uri B { get; private set; } = null!;

    /// <summary>What the nodes wrote, for failure messages.</summary>
    public string Output => string.Join("\n", _processes.Select(p => p.Output));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>Starts the nodes on first use (skipping the test when there is no PostgreSQL).</summary>
    public async Task StartAsync()
    {
        server.EnsureAvailable();
        await _starting.WaitAsync();
        try
        {
            if (_connectionString is not null)
            {
                return;
            }

            _connectionString = await server.CreateDatabaseAsync();
            Directory.CreateDirectory(DataDirectory);
            await SeedUsersAsync();
            var ports = (TocsinProcess.FreePort(), TocsinProcess.FreePort());
            A = new Uri($"http://127.0.0.1:{ports.Item1}/");
            B = new Uri($"http://127.0.0.1:{ports.Item2}/");
            _processes.Add(Serve("node A", ports.Item1));
            _processes.Add(Serve("node B", ports.Item2));
            await Task.WhenAll(WaitHealthyAsync(_processes[0], A), WaitHealthyAsync(_processes[1], B));
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>A client of <paramref name="node"/> sending HTTP Basic credentials.</summary>
    public static HttpClient Client(Uri node, string? user = null)
    {
        var client = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{Password}")));
        }

        return client;
    }

    /// <summary>A TAXII 2.1 client of <paramref name="node"/> as the analyst.</summary>
    public static HttpClient TaxiiClient(Uri node)
    {
        var client = Client(node, Analyst);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        return client;
    }

    /// <summary>A new collection the analyst may read and write.</summary>
    public async Task<Collection> AddCollectionAsync()
    {
        await using var store = await OpenStoreAsync();
        var collection = (await store.AddCollectionAsync(Some.Alias("multi"), "Multi-node", null, CancellationToken.None)).Value;
        var analyst = await store.FindPrincipalAsync(Analyst, CancellationToken.None);
        (await store.GrantAsync(collection.Id, analyst!.Id, CollectionRights.Read | CollectionRights.Write, CancellationToken.None)).Value.ToString();
        return collection;
    }

    /// <summary>The Data Protection key elements in the nodes' database.</summary>
    public async Task<IReadOnlyList<string>> DataProtectionKeysAsync()
    {
        await using var store = await OpenStoreAsync();
        return await store.DataProtectionKeys.ListAsync(CancellationToken.None);
    }

    /// <summary>Runs a <c>tocsin</c> command (not <c>serve</c>) against the nodes' database and data directory; returns
    /// its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunCliAsync(params string[] arguments)
    {
        await using var command = TocsinProcess.Start("tocsin " + string.Join(' ', arguments), [.. arguments, "--data", DataDirectory], Environment());
        var exitCode = await command.WaitForExitAsync(TimeSpan.FromSeconds(120));
        return (exitCode, command.Output);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            await server.DropDatabaseAsync(_connectionString);
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        _starting.Dispose();
    }

    private TocsinProcess Serve(string name, int port) => TocsinProcess.Start(name,
        ["serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--data", DataDirectory, "--database", Database], Environment());

    /// <summary>What every node and command is started with: the same database (also for CLI commands, which read
    /// <c>Tocsin__Database</c>), the local webhook receiver allowed, short intervals so the tests need not wait.</summary>
    private Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["Tocsin__Database"] = Database,
        [Tocsin.Testing.SecondFactorRelaxed.EnvironmentVariable] = Tocsin.Testing.SecondFactorRelaxed.Value,
        ["Tocsin__Webhooks__AllowList__0"] = "127.0.0.1",
        ["Tocsin__Webhooks__DispatchInterval"] = "00:00:00.100",
        ["Tocsin__Audit__CheckpointInterval"] = "00:00:01",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["Logging__LogLevel__Default"] = "Information",
    };

    private static Task WaitHealthyAsync(TocsinProcess process, Uri node) => process.WaitHealthyAsync(node, StartTimeout);

    /// <summary>Creates and migrates the schema, and adds the users, before any node starts.</summary>
    private async Task SeedUsersAsync()
    {
        await using var store = await OpenStoreAsync();
        foreach (var (name, role) in new[] { (Analyst, Role.Analyst), (Approver, Role.Approver), (Admin, Role.Admin) })
        {
            (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(Password, iterations: 1000), CancellationToken.None)).Value.ToString();
        }
    }

    private async Task<ITocsinStore> OpenStoreAsync()
    {
        var opened = await StoreOpener.OpenAsync(Database, DataDirectory, TimeProvider.System, CancellationToken.None);
        return opened.IsSuccess ? opened.Value : throw new InvalidOperationException(opened.Error.Message);
    }
}
