using Dapper;
using Tocsin.Storage.Sqlite;

namespace Tocsin.Storage.Tests;

/// <summary>Every connection the store opens has its per-connection settings, though they are set only the first
/// time the pool hands out a native connection: reopened from the pool, and after the pool was emptied.</summary>
public sealed class SqliteConnectionSettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_open_has_foreign_keys_synchronous_normal_and_the_busy_timeout()
    {
        var path = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var database = new SqliteDatabase(path, TimeProvider.System);
        var seen = new List<(long, long, long)>();
        for (var round = 0; round < 2; round++)
        {
            // Several at once, so the pool holds several native connections; then each reopened from the pool.
            for (var open = 0; open < 3; open++)
            {
                var connections = new List<Microsoft.Data.Sqlite.SqliteConnection>();
                for (var i = 0; i < 3; i++)
                {
                    connections.Add(await database.OpenAsync(Ct));
                }

                foreach (var connection in connections)
                {
                    seen.Add(await SettingsAsync(connection));
                    await connection.DisposeAsync();
                }
            }

            database.ReleasePool();
        }

        Assert.Equal(18, seen.Count);
        Assert.All(seen, settings => Assert.Equal((1L, 1L, 30_000L), settings));
    }

    private static async Task<(long ForeignKeys, long Synchronous, long BusyTimeout)> SettingsAsync(Microsoft.Data.Sqlite.SqliteConnection connection) =>
        (await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"),
         await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"),
         await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
}
