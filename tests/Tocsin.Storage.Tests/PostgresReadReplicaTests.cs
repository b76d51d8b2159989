using Npgsql;
using Tocsin.Storage.Postgres;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests;

/// <summary>A database setting naming a primary and its streaming replica (<c>Host=primary,standby</c>): writes go
/// to the primary, pages of objects are served by the standby, and a lagging standby serves a prefix of what the
/// primary holds, never a gap; a query that asks for the latest commit reads the primary (docs/deployment.md).</summary>
public sealed class PostgresReadReplicaTests(PostgresServer server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Writes_go_to_the_primary_and_object_pages_come_from_the_standby()
    {
        var database = await server.CreateDatabaseAsync();
        try
        {
            await using var standby = await server.StartStandbyAsync();
            var primary = new NpgsqlConnectionStringBuilder(database);
            var both = new NpgsqlConnectionStringBuilder(database) { Host = $"{primary.Host}:{primary.Port},{primary.Host}:{standby.Port}" };
            var onStandby = new NpgsqlConnectionStringBuilder(database) { Port = standby.Port }.ConnectionString;
            await using var store = await PostgresTocsinStore.OpenAsync(both.ConnectionString, TimeProvider.System, Ct);
            var collection = (await store.AddCollectionAsync("picture", null, null, Ct)).Value;
            var first = StixJson.Indicator().Build();
            await store.AddObjectsAsync(collection.Id, [first], Ct);
            await WaitForReplayAsync(database, onStandby);
            // Replayed is not yet served: wait until the store's page (read from the standby) holds the first object too,
            // so that what the pause below holds back is the second write and nothing of the first.
            await WaitForAsync(() => VisibleAsync(store, collection), 1);
            await WaitForReplayAsync(database, onStandby);

            await ExecuteAsync(onStandby, "SELECT pg_wal_replay_pause()");
            var second = await store.AddObjectsAsync(collection.Id, [StixJson.Indicator().Build()], Ct);
            var whilePaused = await VisibleAsync(store, collection);
            var currentWhilePaused = (await store.QueryObjectsAsync(collection.Id, new ObjectQuery { Current = true }, Ct)).Value.Items.Count;
            await ExecuteAsync(onStandby, "SELECT pg_wal_replay_resume()");
            await WaitForAsync(() => VisibleAsync(store, collection), 2);

            // Written although the standby was paused (the write went to the primary); not served until the standby
            // replayed it (the page came from the standby), and then served after the first: a prefix, then the rest.
            Assert.Equal(ObjectOutcomeKind.Added, second.Outcomes[0].Kind);
            Assert.Equal((1, 2), (whilePaused, currentWhilePaused));
            var page = (await store.QueryObjectsAsync(collection.Id, new ObjectQuery(), Ct)).Value;
            Assert.Equal([first.Id, second.Outcomes[0].Id], page.Items.Select(i => i.Object.Id));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    private static async Task<int> VisibleAsync(PostgresTocsinStore store, Collection collection) =>
        (await store.QueryObjectsAsync(collection.Id, new ObjectQuery(), Ct)).Value.Items.Count;

    private static async Task WaitForAsync(Func<Task<int>> count, int expected)
    {
        for (var attempt = 0; attempt < 200 && await count() != expected; attempt++)
        {
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    private static async Task WaitForReplayAsync(string primary, string standby)
    {
        var target = await ScalarAsync<string>(primary, "SELECT pg_current_wal_lsn()::text");
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await ScalarAsync<bool>(standby, $"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn"))
            {
                return;
            }

            await Task.Delay(50, Ct);
        }

        throw new TimeoutException("The standby did not catch up within 10 s.");
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
