using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Tocsin.Core.Audit;
using Tocsin.Storage.Sqlite;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Audit;

/// <summary>The audit contract on the SQLite engine, and tampering with the file behind the store's back.</summary>
public sealed class SqliteAuditTests : AuditContract, IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tocsin-tests", Guid.NewGuid().ToString("N"));
    private SqliteTocsinStore _store = null!;

    private string DatabasePath => Path.Combine(_directory, "tocsin.db");

    public async ValueTask InitializeAsync() =>
        _store = await SqliteTocsinStore.OpenAsync(DatabasePath, new FakeTimeProvider(TestStore.Start), Ct);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Editing_an_entrys_details_in_the_file_is_caught_at_that_entry()
    {
        await AddCollectionsAsync(_store, 5);

        await ExecuteAsync("UPDATE audit_log SET details = '{\"alias\":\"forged\"}' WHERE sequence = 3");

        Assert.Equal((3L, AuditFault.HashMismatch), await FirstMismatchAsync(deep: false));
    }

    [Fact]
    public async Task Deleting_an_entry_in_the_file_is_a_gap()
    {
        await AddCollectionsAsync(_store, 5);

        await ExecuteAsync("DELETE FROM audit_log WHERE sequence = 2");

        Assert.Equal((3L, AuditFault.Gap), await FirstMismatchAsync(deep: false));
    }

    [Fact]
    public async Task Editing_an_objects_bytes_is_caught_by_deep_verification_at_the_entry_that_added_it()
    {
        var collection = (await _store.AddCollectionAsync("c", null, null, Ct)).Value;
        var indicator = StixJson.Indicator().Build();
        await _store.AddObjectsAsync(collection.Id, [indicator, StixJson.Identity().Build()], Ct);
        await AddCollectionsAsync(_store, 2);

        await ExecuteAsync($"UPDATE objects SET json = CAST(replace(CAST(json AS TEXT), 'indicator--', 'indicator--0') AS BLOB) WHERE id = '{indicator.Id}'");

        var deep = await FirstMismatchAsync(deep: true);
        var shallow = await _store.Audit.VerifyAsync(deep: false, null, Ct);
        Assert.Equal(((long?)2L, AuditFault.ObjectMismatch, true), (deep.Sequence, deep.Fault, shallow.Intact));
    }

    [Fact]
    public async Task Editing_an_objects_bytes_and_its_content_hash_together_is_still_caught()
    {
        var collection = (await _store.AddCollectionAsync("c", null, null, Ct)).Value;
        var indicator = StixJson.Indicator().Build();
        await _store.AddObjectsAsync(collection.Id, [indicator], Ct);
        var forged = StixJson.Indicator(indicator.Id).With("name", "forged").Build();

        await ExecuteAsync("UPDATE objects SET json = $json, content_hash = $hash WHERE id = $id",
            ("$json", forged.Json.ToArray()), ("$hash", forged.ContentHash.ToArray()), ("$id", indicator.Id));

        Assert.Equal((2L, AuditFault.ObjectMismatch), await FirstMismatchAsync(deep: true));
    }

    [Fact]
    public async Task A_chain_rebuilt_after_a_checkpoint_no_longer_matches_it()
    {
        await AddCollectionsAsync(_store, 4);
        var head = (await _store.Audit.HeadAsync(Ct))!;
        await _store.Audit.AddCheckpointAsync(AuditCheckpoint.Sign(head.Sequence, head.Hash, 1, _ => "sig"), Ct);

        await RebuildFromAsync(2, """{"alias":"forged"}""");

        Assert.Equal((4L, AuditFault.CheckpointMismatch), await FirstMismatchAsync(deep: false));
    }

    private async Task<(long? Sequence, AuditFault Fault)> FirstMismatchAsync(bool deep)
    {
        var result = await _store.Audit.VerifyAsync(deep, null, Ct);
        Assert.False(result.Intact, "the tampering went unnoticed");
        return (result.Mismatch!.Sequence, result.Mismatch.Fault);
    }

    /// <summary>What an insider with the file could do: edit entry <paramref name="from"/> and recompute every hash after it.</summary>
    private async Task RebuildFromAsync(long from, string details)
    {
        var entries = await AllAsync(_store);
        var previous = entries[(int)from - 2];
        foreach (var entry in entries.Skip((int)from - 1))
        {
            var rebuilt = AuditChain.Next(previous.Sequence, previous.Hash, entry.At, entry.Actor,
                new AuditRecord(entry.Action, entry.Subject, entry.Sequence == from ? details : entry.Details));
            await ExecuteAsync("UPDATE audit_log SET details = $details, prev_hash = $prev, hash = $hash WHERE sequence = $sequence",
                ("$details", rebuilt.Details), ("$prev", rebuilt.PreviousHash.ToArray()), ("$hash", rebuilt.Hash.ToArray()), ("$sequence", rebuilt.Sequence));
            previous = rebuilt;
        }
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override Task<TestStore> OpenAsync() => TestStore.SqliteTempFileAsync();
}
