using Tocsin.Storage.Postgres;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests;

/// <summary>The storage contract on the PostgreSQL engine, plus what only PostgreSQL has: its migrations on a
/// shared server and the connection settings.</summary>
public sealed class PostgresStoreTests(PostgresServer server) : TocsinStoreContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);

    [Fact]
    public async Task A_fresh_database_gets_every_migration_once_even_when_nodes_start_together()
    {
        var connectionString = await server.CreateDatabaseAsync();
        try
        {
            var stores = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostgresTocsinStore.OpenAsync(connectionString, TimeProvider.System, Ct)));
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }

            await using var db = await TestStore.PostgresAsync(server);
            var count = await db.ExecuteSqlAsync("SELECT COUNT(*) FROM schema_version");
            Assert.Equal((long)PostgresMigrator.Scripts.Count, count);
            Assert.Equal(PostgresMigrator.Scripts.Select(s => s.Version), SqliteScriptVersions());
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused()
    {
        await using var db = await TestStore.PostgresAsync(server);
        await db.ExecuteSqlAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, '9999_future.sql', 0)");

        await Assert.ThrowsAsync<InvalidOperationException>(db.ReopenAsync);
    }

    [Fact]
    public async Task A_bulk_import_leaves_the_planner_statistics_of_what_it_added()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var before = await ReltuplesAsync(db);

        // 5,000 rows is the store's first ANALYZE threshold; autovacuum would wait a minute or more.
        await db.AddAsync(collection, [.. Enumerable.Range(0, 5_000).Select(_ => StixJson.Indicator().Build())]);

        Assert.Equal((-1f, 5_000f), (before, await ReltuplesAsync(db)));
    }

    [Fact]
    public async Task A_small_write_does_not_analyze()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();

        await db.AddAsync(collection, StixJson.Indicator().Build());

        Assert.Equal(-1f, await ReltuplesAsync(db));
    }

    /// <summary>The planner's row estimate of collection_objects; -1 while the table was never analyzed.</summary>
    private static async Task<float> ReltuplesAsync(TestStore db) =>
        (float)(await db.ExecuteSqlAsync("SELECT reltuples FROM pg_class WHERE oid = 'collection_objects'::regclass"))!;

    [Theory]
    [InlineData("postgres:Host=db.example;Port=5433;Database=tocsin;Username=tocsin", "db.example", 5433, "tocsin", "tocsin")]
    [InlineData("postgres://watch:s%40cret@db.example:6000/threat%20picture?sslmode=require", "db.example", 6000, "threat picture", "watch")]
    [InlineData("postgresql://db.example/tocsin", "db.example", 5432, "tocsin", null)]
    public void The_database_setting_names_postgresql_by_key_values_or_uri(string setting, string host, int port, string database, string? user)
    {
        Assert.True(PostgresConnectionString.TryParse(setting, out var connectionString));
        var parsed = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);

        Assert.Equal((host, port, database, user), (parsed.Host, parsed.Port, parsed.Database, parsed.Username));
    }

    [Theory]
    [InlineData("postgres:Database=tocsin")]
    [InlineData("postgres:Nonsense Key=1")]
    [InlineData("postgres://")]
    public void A_malformed_postgresql_setting_is_recognised_but_refused(string setting)
    {
        Assert.True(PostgresConnectionString.TryParse(setting, out var connectionString));
        Assert.Null(connectionString);
    }

    [Fact]
    public async Task The_store_opener_refuses_a_malformed_setting_without_connecting()
    {
        var opened = await StoreOpener.OpenAsync("postgres:Database=tocsin;Password=hunter2", Path.GetTempPath(), TimeProvider.System, Ct);

        Assert.Equal("invalid-database", opened.Error?.Code);
        Assert.DoesNotContain("hunter2", opened.Error?.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<int> SqliteScriptVersions() => Sqlite.SqliteMigrator.Scripts.Select(s => s.Version);
}
