using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Tocsin.Core.Cap;
using Tocsin.Core.Principals;
using Tocsin.Storage.Migration;
using Tocsin.Storage.Publications;
using Tocsin.Storage.Sqlite;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Migration;

/// <summary>The engine-level copy of a SQLite store into a new PostgreSQL database.</summary>
public sealed class SqliteToPostgresCopyTests(PostgresServer server) : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(TestStore.Start);
    private string _target = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string SourcePath => Path.Combine(_directory, "tocsin.db");

    public async ValueTask InitializeAsync()
    {
        _target = await server.CreateDatabaseAsync();
        await using var store = await SqliteTocsinStore.OpenAsync(SourcePath, _clock, Ct);
        var collection = (await store.AddCollectionAsync("picture", null, null, Ct)).Value;
        var indicator = StixJson.Indicator().Build();
        await store.AddObjectsAsync(collection.Id, [indicator, StixJson.Identity().Build()], Ct);
        await store.DeleteObjectAsync(collection.Id, indicator.Id, VersionFilter.All, Ct);
        await store.AddPrincipalAsync("alice", PrincipalKind.User, [Role.Analyst], null, Ct);
        foreach (var identifier in new[] { "tocsin-1", "tocsin-2" })
        {
            await store.Publications.AddAsync(new Publication(0, identifier, null, TestStore.Start, CapStatus.Actual, CapMsgType.Alert, CapScope.Public,
                "vigipirate", "urgence-attentat", ["FRA"], "Urgence attentat", Encoding.UTF8.GetBytes("<alert/>")), Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        await server.DropDatabaseAsync(_target);
    }

    [Fact]
    public async Task The_copy_passes_its_own_checks()
    {
        var report = await CopyAsync(null);

        Assert.Equal((true, 6L), (report.Passed, report.Target.Count));
    }

    [Fact]
    public async Task Each_table_is_reported_done_once_after_the_tables_it_references()
    {
        var progress = new Recorder();

        await CopyAsync(progress);

        var done = progress.Reports.Where(r => r.Done).Select(r => r.Table).ToList();
        Assert.Equal((done.Count, true, true), (done.Distinct().Count(),
            done.IndexOf("collections") < done.IndexOf("collection_objects"), done.IndexOf("publications") < done.IndexOf("webhook_deliveries")));
    }

    [Fact]
    public async Task New_rows_take_ids_after_the_highest_sqlite_ever_issued()
    {
        // AUTOINCREMENT never reuses a sequence, even of a row that is gone: neither may the target.
        await using (var connection = new SqliteConnection($"Data Source={SourcePath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var delete = new SqliteCommand("DELETE FROM publications WHERE identifier = 'tocsin-2'", connection);
            await delete.ExecuteNonQueryAsync(Ct);
        }

        await CopyAsync(null);

        Assert.Equal((3L, 2L), (
            await InsertAsync("INSERT INTO publications (identifier, sent, status, msg_type, scope, scheme_id, level_key, territory_ids, headline, xml) " +
                              "VALUES ('tocsin-3', 0, 'Actual', 'Alert', 'Public', 'vigipirate', 'x', 'FRA', 'h', '\\x00') RETURNING sequence"),
            await InsertAsync("INSERT INTO collections (id, alias, created_at) VALUES ('00000000-0000-4000-8000-000000000001', 'new', 0) RETURNING row_id")));
    }

    private async Task<MigrationReport> CopyAsync(IProgress<TableProgress>? progress)
    {
        SqliteConnection.ClearAllPools();
        var result = await SqliteToPostgresCopy.RunAsync(SourcePath, _target, _clock, progress, Ct);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private async Task<long> InsertAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_target);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private sealed class Recorder : IProgress<TableProgress>
    {
        public List<TableProgress> Reports { get; } = [];

        public void Report(TableProgress value) => Reports.Add(value);
    }
}
