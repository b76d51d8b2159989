using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Tocsin.Core.Stix;
using Tocsin.Storage.Postgres;
using Tocsin.Storage.Sqlite;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests;

/// <summary>A fresh, migrated, isolated store for one test, with the fake clock it reads and what the
/// contract needs from an engine beyond <see cref="ITocsinStore"/>. Disposing it deletes its data.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly Func<TimeProvider, Task<ITocsinStore>> _openAnother;
    private readonly Func<string, Task<object?>> _executeSql;
    private readonly Func<string, Task> _failWritesOf;
    private readonly Func<ValueTask> _cleanUp;
    private readonly List<ITocsinStore> _others = [];

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _postgresTemplate;

    private TestStore(ITocsinStore store, FakeTimeProvider clock, Func<TimeProvider, Task<ITocsinStore>> openAnother,
        Func<string, Task<object?>> executeSql, Func<string, Task> failWritesOf, Func<ValueTask> cleanUp)
    {
        Store = store;
        Clock = clock;
        _openAnother = openAnother;
        _executeSql = executeSql;
        _failWritesOf = failWritesOf;
        _cleanUp = cleanUp;
    }

    /// <summary>The start of every test's clock.</summary>
    public static DateTimeOffset Start { get; } = new(2024, 3, 22, 18, 0, 0, TimeSpan.Zero);

    public ITocsinStore Store { get; private set; }

    public FakeTimeProvider Clock { get; }

    /// <summary>A store on a unique temp file under <c>tocsin-tests/</c>, deleted on dispose.</summary>
    public static async Task<TestStore> SqliteTempFileAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(directory, "tocsin.db");
        var clock = new FakeTimeProvider(Start);
        var store = await SqliteTocsinStore.OpenAsync(path, clock, TestContext.Current.CancellationToken);
        return new TestStore(store, clock,
            async c => await SqliteTocsinStore.OpenAsync(path, c, CancellationToken.None),
            sql => ExecuteSqliteAsync(path, sql),
            id => FailSqliteInsertsOfAsync(path, id),
            () =>
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(directory, recursive: true);
                return ValueTask.CompletedTask;
            });
    }

    /// <summary>A store on a fresh database of <paramref name="server"/> (a copy of one migrated template), dropped on dispose.</summary>
    public static async Task<TestStore> PostgresAsync(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        server.EnsureAvailable();
        var connectionString = await server.CreateDatabaseAsync(await PostgresTemplateAsync(server));
        var clock = new FakeTimeProvider(Start);
        var store = await PostgresTocsinStore.OpenAsync(connectionString, clock, TestContext.Current.CancellationToken);
        return new TestStore(store, clock,
            async c => await PostgresTocsinStore.OpenAsync(connectionString, c, CancellationToken.None),
            sql => ExecutePostgresAsync(connectionString, sql),
            id => FailPostgresInsertsOfAsync(connectionString, id),
            async () => await server.DropDatabaseAsync(connectionString));
    }

    /// <summary>Another store instance on the same data (as another process would open it), disposed with this one.</summary>
    public async Task<ITocsinStore> OpenAnotherAsync(TimeProvider clock)
    {
        var other = await _openAnother(clock);
        _others.Add(other);
        return other;
    }

    /// <summary>Closes the store and opens the same data again.</summary>
    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = await _openAnother(Clock);
    }

    /// <summary>Makes the database itself refuse to store any version of <paramref name="stixId"/>, so that a
    /// batch can be made to fail half-way for a reason outside the store's code.</summary>
    public Task FailWritesOfAsync(string stixId) => _failWritesOf(stixId);

    /// <summary>Runs raw SQL on this test's own database behind the store's back (tampering, inspection) and
    /// returns the first column of the first row, if any.</summary>
    public Task<object?> ExecuteSqlAsync(string sql) => _executeSql(sql);

    public async ValueTask DisposeAsync()
    {
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }

        await Store.DisposeAsync();
        await _cleanUp();
    }

    // ---- intent helpers ----

    public async Task<Collection> NewCollectionAsync() =>
        (await Store.AddCollectionAsync(Some.Alias("c"), "Test collection", null, CancellationToken.None)).Value;

    public Task<ImportResult> AddAsync(Collection collection, params StixObject[] objects) =>
        Store.AddObjectsAsync(collection.Id, objects, CancellationToken.None);

    public async Task<ObjectPage> QueryAsync(Collection collection, ObjectQuery query)
    {
        var result = await Store.QueryObjectsAsync(collection.Id, query, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public async Task<IReadOnlyList<StoredObject>> AllAsync(Collection collection, VersionFilter? versions = null) =>
        (await QueryAsync(collection, new ObjectQuery { Versions = versions ?? VersionFilter.All, Limit = ObjectQuery.MaxLimit })).Items;

    private static async Task FailSqliteInsertsOfAsync(string path, string stixId)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        // SQLite allows no parameters in a trigger body; the id is a test's own STIX id, quoted here.
        command.CommandText = $"""
            CREATE TRIGGER fail_{Guid.NewGuid():N} BEFORE INSERT ON objects
            WHEN NEW.id = '{stixId.Replace("'", "''", StringComparison.Ordinal)}' BEGIN SELECT RAISE(ABORT, 'refused by test'); END;
            """;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ExecuteSqliteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<object?> ExecutePostgresAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task FailPostgresInsertsOfAsync(string connectionString, string stixId)
    {
        // A trigger body cannot take parameters; the id is a test's own STIX id, quoted here. Row triggers fire for COPY too.
        var name = "fail_" + Guid.NewGuid().ToString("N");
        await ExecutePostgresAsync(connectionString, $"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.id = '{stixId.Replace("'", "''", StringComparison.Ordinal)}' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER {name} BEFORE INSERT ON objects FOR EACH ROW EXECUTE FUNCTION {name}();
            """);
    }

    /// <summary>One migrated database per test run that every test's database copies (faster than migrating each).</summary>
    private static async Task<string> PostgresTemplateAsync(PostgresServer server)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_postgresTemplate is null)
            {
                var connectionString = await server.CreateDatabaseAsync();
                await (await PostgresTocsinStore.OpenAsync(connectionString, TimeProvider.System, CancellationToken.None)).DisposeAsync();
                NpgsqlConnection.ClearAllPools();
                _postgresTemplate = new NpgsqlConnectionStringBuilder(connectionString).Database;
            }

            return _postgresTemplate!;
        }
        finally
        {
            TemplateLock.Release();
        }
    }
}
