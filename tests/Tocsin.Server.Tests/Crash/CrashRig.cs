using System.Data.Common;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tocsin.Core.Principals;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Crash;

/// <summary>One installation that a test crashes on purpose: a data directory and, for <c>postgres</c>, a fresh
/// database; users and a collection seeded before the first start; the real <c>tocsin serve</c> started as a child
/// process (<see cref="StartAsync"/>) and killed with SIGKILL (<see cref="KillAsync"/>), as often as the test likes,
/// always on the same data. <see cref="CheckAsync"/> is what must hold after every crash.</summary>
public sealed class CrashRig : IAsyncDisposable
{
    public const string Password = "crash-password";
    public const string Analyst = "crash-analyst";
    public const string Approver = "crash-approver";
    public const string Admin = "crash-admin";

    private readonly PostgresServer _postgres;
    private readonly string? _connectionString;
    private TocsinProcess? _server;

    private CrashRig(PostgresServer postgres, string? connectionString, string dataDirectory, string collectionId)
    {
        _postgres = postgres;
        _connectionString = connectionString;
        DataDirectory = dataDirectory;
        CollectionId = collectionId;
    }

    /// <summary>The data directory (keys, and the SQLite file when on SQLite).</summary>
    public string DataDirectory { get; }

    /// <summary>The id of the seeded collection the analyst may read and write.</summary>
    public string CollectionId { get; }

    /// <summary>The running server's base address.</summary>
    public Uri Server { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the server wrote, for failure messages.</summary>
    public string Output => _server?.Output ?? string.Empty;

    private string? Database => DatabaseSetting(_connectionString);

    /// <summary>A new installation on <paramref name="engine"/> (<c>sqlite</c> or <c>postgres</c>).</summary>
    public static async Task<CrashRig> CreateAsync(string engine, PostgresServer postgres)
    {
        var connectionString = engine == "postgres" ? await postgres.CreateDatabaseAsync() : null;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "tocsin-tests", "crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var collection = await SeedAsync(DatabaseSetting(connectionString), dataDirectory);
        return new CrashRig(postgres, connectionString, dataDirectory, collection);
    }

    /// <summary>Starts <c>tocsin serve</c> on a free port and waits until it answers.</summary>
    public async Task StartAsync()
    {
        var port = TocsinProcess.FreePort();
        Server = new Uri($"http://127.0.0.1:{port}/");
        _server = TocsinProcess.Start("tocsin serve", ["serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--data", DataDirectory], Environment());
        await _server.WaitHealthyAsync(Server, TimeSpan.FromSeconds(120));
    }

    /// <summary>Kills the server with SIGKILL and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        if (_server is not null)
        {
            await _server.KillAsync();
            await _server.DisposeAsync();
            _server = null;
        }
    }

    /// <summary>Starts a <c>tocsin</c> command (not <c>serve</c>) on this installation, for a test that kills it.</summary>
    public TocsinProcess StartCommand(params string[] arguments) =>
        TocsinProcess.Start("tocsin " + arguments[0], [.. arguments, "--data", DataDirectory], Environment());

    /// <summary>Runs a <c>tocsin</c> command to its end; returns its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        await using var command = StartCommand(arguments);
        var exit = await command.WaitForExitAsync(TimeSpan.FromSeconds(180));
        return (exit, command.Output);
    }

    /// <summary>A client of the running server, as <paramref name="user"/> when given.</summary>
    public HttpClient Client(string? user = null)
    {
        var client = new HttpClient { BaseAddress = Server, Timeout = TimeSpan.FromSeconds(60) };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{Password}")));
        }

        return client;
    }

    /// <summary>What must hold after any crash, with the server stopped: the database's own integrity check, the
    /// audit chain verified by <c>tocsin audit verify</c>, and no half-written thing (<see cref="HalfWritten"/>).</summary>
    public async Task CheckAsync()
    {
        Assert.Equal(["ok"], await IntegrityAsync());
        var (exit, output) = await RunAsync("audit", "verify");
        Assert.True(exit == 0, output);
        foreach (var (what, sql) in HalfWritten)
        {
            Assert.True(await CountAsync(sql) == 0, what);
        }
    }

    /// <summary>Queries that count what a crash must never leave: each names what it finds.</summary>
    public static IReadOnlyList<(string What, string Sql)> HalfWritten { get; } =
    [
        ("an object version without its collection index row",
            "SELECT COUNT(*) FROM objects o WHERE NOT EXISTS (SELECT 1 FROM collection_objects c WHERE c.object_row = o.row_id)"),
        ("an approved decision without its CAP message",
            "SELECT COUNT(*) FROM decisions d WHERE d.status = 'Approved' AND NOT EXISTS (SELECT 1 FROM publications p WHERE p.decision_id = d.id)"),
        ("a CAP message of a decision that is not approved",
            "SELECT COUNT(*) FROM publications p WHERE p.decision_id IS NOT NULL AND NOT EXISTS "
            + "(SELECT 1 FROM decisions d WHERE d.id = p.decision_id AND d.status IN ('Approved', 'Cancelled'))"),
        ("an approved decision without its Approved event",
            "SELECT COUNT(*) FROM decisions d WHERE d.status = 'Approved' AND NOT EXISTS "
            + "(SELECT 1 FROM decision_events e WHERE e.decision_id = d.id AND e.kind = 'Approved')"),
        ("an approved decision without the audit entry of its approval",
            "SELECT COUNT(*) FROM decisions d WHERE d.status = 'Approved' AND NOT EXISTS "
            + "(SELECT 1 FROM audit_log a WHERE a.subject = d.id AND a.details LIKE '%\"Approved\"%')"),
        ("a webhook delivery of a message the fan-out has not reached",
            "SELECT COUNT(*) FROM webhook_deliveries w WHERE w.publication_sequence > (SELECT sequence FROM webhook_cursor)"),
    ];

    /// <summary>Runs a query that returns one integer.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query and returns its first column as text, row by row.</summary>
    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        SqliteConnection.ClearAllPools();
        if (_connectionString is not null)
        {
            await _postgres.DropDatabaseAsync(_connectionString);
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>SQLite: <c>PRAGMA integrity_check</c> (every page, index entry and constraint). PostgreSQL: amcheck's
    /// <c>bt_index_check</c> on every B-tree index of the schema, each answering nothing when sound; "ok" when all are.</summary>
    private async Task<List<string>> IntegrityAsync()
    {
        if (_connectionString is null)
        {
            return await ColumnAsync("PRAGMA integrity_check");
        }

        await using var connection = await OpenAsync();
        await using (var extension = connection.CreateCommand())
        {
            extension.CommandText = "CREATE EXTENSION IF NOT EXISTS amcheck";
            await extension.ExecuteNonQueryAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(bt_index_check(c.oid, true)) FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE a.amname = 'btree' AND n.nspname = current_schema() AND c.relpersistence <> 't' AND i.indisvalid
            """;
        var checkedIndexes = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        return checkedIndexes > 0 ? ["ok"] : ["no index was checked"];
    }

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = _connectionString is null
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory, StoreOpener.DatabaseFileName), Pooling = false }.ToString())
            : new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Creates and migrates the store, adds the users and a collection the analyst may write; returns its id.</summary>
    private static async Task<string> SeedAsync(string? database, string dataDirectory)
    {
        var opened = await StoreOpener.OpenAsync(database, dataDirectory, TimeProvider.System, CancellationToken.None);
        await using var store = opened.IsSuccess ? opened.Value : throw new InvalidOperationException(opened.Error.Message);
        foreach (var (name, role) in new[] { (Analyst, Role.Analyst), (Approver, Role.Approver), (Admin, Role.Admin) })
        {
            (await store.AddPrincipalAsync(name, PrincipalKind.User, [role], PasswordHasher.Hash(Password, iterations: 1000), CancellationToken.None)).Value.ToString();
        }

        var collection = (await store.AddCollectionAsync("crash", "Crash", null, CancellationToken.None)).Value;
        var analyst = await store.FindPrincipalAsync(Analyst, CancellationToken.None);
        (await store.GrantAsync(collection.Id, analyst!.Id, CollectionRights.Read | CollectionRights.Write, CancellationToken.None)).Value.ToString();
        return collection.Id.ToString("D");
    }

    private static string? DatabaseSetting(string? connectionString) => connectionString is null ? null : "postgres:" + connectionString;

    /// <summary>Every process of this installation shares these: the database, the local receiver allowed, and short
    /// webhook intervals and lease, so that deliveries claimed by a killed server are claimed again within seconds.</summary>
    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SecondFactorRelaxed.EnvironmentVariable] = SecondFactorRelaxed.Value,
            ["Tocsin__Webhooks__AllowList__0"] = "127.0.0.1",
            ["Tocsin__Webhooks__DispatchInterval"] = "00:00:00.100",
            ["Tocsin__Webhooks__BaseDelay"] = "00:00:00.200",
            ["Tocsin__Webhooks__MaxDelay"] = "00:00:01",
            ["Tocsin__Webhooks__RequestTimeout"] = "00:00:02",
            ["Tocsin__Webhooks__Lease"] = "00:00:05",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (Database is { } database)
        {
            environment["Tocsin__Database"] = database;
        }

        return environment;
    }
}
