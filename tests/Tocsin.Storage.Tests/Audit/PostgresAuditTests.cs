using Tocsin.Core.Audit;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Audit;

/// <summary>The audit contract on the PostgreSQL engine, tampering with the database behind the store's back,
/// and several nodes writing to one chain.</summary>
public sealed class PostgresAuditTests(PostgresServer server) : AuditContract
{
    protected override Task<TestStore> OpenAsync() => TestStore.PostgresAsync(server);

    [Fact]
    public async Task Editing_an_entrys_details_in_the_database_is_caught_at_that_entry()
    {
        await using var db = await OpenAsync();
        await AddCollectionsAsync(db.Store, 5);

        await db.ExecuteSqlAsync("""UPDATE audit_log SET details = '{"alias":"forged"}' WHERE sequence = 3""");

        Assert.Equal((3L, AuditFault.HashMismatch), await FirstMismatchAsync(db, deep: false));
    }

    [Fact]
    public async Task Deleting_an_entry_in_the_database_is_a_gap()
    {
        await using var db = await OpenAsync();
        await AddCollectionsAsync(db.Store, 5);

        await db.ExecuteSqlAsync("DELETE FROM audit_log WHERE sequence = 2");

        Assert.Equal((3L, AuditFault.Gap), await FirstMismatchAsync(db, deep: false));
    }

    [Fact]
    public async Task Editing_an_objects_bytes_is_caught_by_deep_verification_at_the_entry_that_added_it()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator().Build();
        await db.AddAsync(collection, indicator, StixJson.Identity().Build());
        await AddCollectionsAsync(db.Store, 2);

        await db.ExecuteSqlAsync(
            $"UPDATE objects SET json = convert_to(replace(convert_from(json, 'UTF8'), 'indicator--', 'indicator--0'), 'UTF8') WHERE id = '{indicator.Id}'");

        var deep = await FirstMismatchAsync(db, deep: true);
        var shallow = await db.Store.Audit.VerifyAsync(deep: false, null, Ct);
        Assert.Equal(((long?)2L, AuditFault.ObjectMismatch, true), (deep.Sequence, deep.Fault, shallow.Intact));
    }

    [Fact]
    public async Task Editing_an_objects_bytes_and_its_content_hash_together_is_still_caught()
    {
        await using var db = await OpenAsync();
        var collection = await db.NewCollectionAsync();
        var indicator = StixJson.Indicator().Build();
        await db.AddAsync(collection, indicator);
        var forged = StixJson.Indicator(indicator.Id).With("name", "forged").Build();

        await db.ExecuteSqlAsync($"UPDATE objects SET json = {Bytea(forged.Json.Span)}, content_hash = {Bytea(forged.ContentHash)} WHERE id = '{indicator.Id}'");

        Assert.Equal((2L, AuditFault.ObjectMismatch), await FirstMismatchAsync(db, deep: true));
    }

    [Fact]
    public async Task A_chain_rebuilt_after_a_checkpoint_no_longer_matches_it()
    {
        await using var db = await OpenAsync();
        await AddCollectionsAsync(db.Store, 4);
        var head = (await db.Store.Audit.HeadAsync(Ct))!;
        await db.Store.Audit.AddCheckpointAsync(AuditCheckpoint.Sign(head.Sequence, head.Hash, 1, _ => "sig"), Ct);

        await RebuildFromAsync(db, 2, """{"alias":"forged"}""");

        Assert.Equal((4L, AuditFault.CheckpointMismatch), await FirstMismatchAsync(db, deep: false));
    }

    [Fact]
    public async Task Several_nodes_writing_at_once_keep_one_unbroken_chain()
    {
        await using var db = await OpenAsync();
        var nodes = new List<ITocsinStore> { db.Store };
        for (var i = 0; i < 3; i++)
        {
            nodes.Add(await db.OpenAnotherAsync(db.Clock));
        }

        await Task.WhenAll(nodes.Select(node => Task.Run(() => AddCollectionsAsync(node, 15), Ct)));

        var result = await db.Store.Audit.VerifyAsync(deep: true, null, Ct);
        var sequences = string.Join(',', (await AllAsync(db.Store)).Select(e => e.Sequence));
        Assert.Equal((true, 60L, string.Join(',', Enumerable.Range(1, 60))), (result.Intact, result.Count, sequences));
    }

    private static async Task<(long? Sequence, AuditFault Fault)> FirstMismatchAsync(TestStore db, bool deep)
    {
        var result = await db.Store.Audit.VerifyAsync(deep, null, Ct);
        Assert.False(result.Intact, "the tampering went unnoticed");
        return (result.Mismatch!.Sequence, result.Mismatch.Fault);
    }

    /// <summary>What an insider with the database could do: edit entry <paramref name="from"/> and recompute every hash after it.</summary>
    private static async Task RebuildFromAsync(TestStore db, long from, string details)
    {
        var entries = await AllAsync(db.Store);
        var previous = entries[(int)from - 2];
        foreach (var entry in entries.Skip((int)from - 1))
        {
            var rebuilt = AuditChain.Next(previous.Sequence, previous.Hash, entry.At, entry.Actor,
                new AuditRecord(entry.Action, entry.Subject, entry.Sequence == from ? details : entry.Details));
            await db.ExecuteSqlAsync(FormattableString.Invariant(
                $"UPDATE audit_log SET details = '{rebuilt.Details.Replace("'", "''", StringComparison.Ordinal)}', prev_hash = {Bytea(rebuilt.PreviousHash.Span)}, hash = {Bytea(rebuilt.Hash.Span)} WHERE sequence = {rebuilt.Sequence}"));
            previous = rebuilt;
        }
    }

    /// <summary>A bytea literal (the test SQL takes no parameters).</summary>
    private static string Bytea(ReadOnlySpan<byte> bytes) => $"decode('{Convert.ToHexStringLower(bytes)}', 'hex')";
}
