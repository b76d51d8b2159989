using Microsoft.Data.Sqlite;
using Tocsin.Storage.Sqlite;

namespace Tocsin.Storage.Tests;

/// <summary>The storage contract on the SQLite engine, plus what only SQLite has: its file and pragmas.</summary>
public sealed class SqliteStoreTests : TocsinStoreContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();

    [Fact]
    public async Task Opening_twice_applies_each_migration_once_and_records_it()
    {
        var path = TempPath();
        try
        {
            await (await SqliteTocsinStore.OpenAsync(path, TimeProvider.System, Ct)).DisposeAsync();
            await (await SqliteTocsinStore.OpenAsync(path, TimeProvider.System, Ct)).DisposeAsync();

            var versions = await ScalarsAsync(path, "SELECT version FROM schema_version ORDER BY version");

            Assert.Equal(SqliteMigrator.Scripts.Select(s => (object)(long)s.Version), versions);
        }
        finally
        {
            DeleteDirectoryOf(path);
        }
    }

    [Fact]
    public async Task The_file_is_created_with_its_directory_in_wal_mode()
    {
        var path = TempPath();
        try
        {
            await (await SqliteTocsinStore.OpenAsync(path, TimeProvider.System, Ct)).DisposeAsync();

            Assert.Equal(["wal"], await ScalarsAsync(path, "PRAGMA journal_mode"));
        }
        finally
        {
            DeleteDirectoryOf(path);
        }
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused()
    {
        var path = TempPath();
        try
        {
            await (await SqliteTocsinStore.OpenAsync(path, TimeProvider.System, Ct)).DisposeAsync();
            await ScalarsAsync(path, "INSERT INTO schema_version (version, name, applied_at) VALUES (9999, '9999_future.sql', 0)");

            await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteTocsinStore.OpenAsync(path, TimeProvider.System, Ct));
        }
        finally
        {
            DeleteDirectoryOf(path);
        }
    }

    private static string TempPath() =>
        Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"), "nested", "tocsin.db");

    private static async Task<List<object>> ScalarsAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var values = new List<object>();
        while (await reader.ReadAsync(Ct))
        {
            values.Add(reader.GetValue(0));
        }

        return values;
    }

    private static void DeleteDirectoryOf(string path)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(path))!, recursive: true);
    }
}
