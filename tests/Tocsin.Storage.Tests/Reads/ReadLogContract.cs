using Tocsin.Storage.Reads;
using Tocsin.Storage.Sharing;
using Tocsin.Testing;

namespace Tocsin.Storage.Tests.Reads;

/// <summary>Contract: the read log records staff reads like the share log, and every look at it is audited.</summary>
public abstract class ReadLogContract : StoreContractBase
{
    private static readonly ReadLogReader Ana = new(Guid.NewGuid(), "ana");
    private static readonly ReadLogReader Bob = new(Guid.NewGuid(), "bob");

    [Fact]
    public async Task Rows_keep_who_what_when_and_the_path_to_the_microsecond()
    {
        await using var db = await OpenAsync();
        var at = TestStore.Start.AddTicks(1234560);

        await db.Store.Reads.RecordAsync(Ana, ReadPaths.Search, [new SharedVersion("report--1", "2024-03-22T10:00:00.000Z")], at, Ct);

        var row = (await db.Store.Reads.QueryAsync(new ReadLogQuery(), Ct)).Value.Items.Single();
        Assert.Equal((Ana.PrincipalId, "ana", "report--1", "2024-03-22T10:00:00.000Z", "search", at),
            (row.PrincipalId, row.PrincipalName, row.ObjectId, row.VersionKey, row.Path, row.ReadAt));
    }

    [Fact]
    public async Task Filters_combine_and_pages_continue_where_the_last_ended()
    {
        await using var db = await OpenAsync();
        var t0 = TestStore.Start;
        await db.Store.Reads.RecordAsync(Ana, ReadPaths.Taxii, [new("report--1", "v1"), new("report--2", "v1"), new("report--3", "v1")], t0, Ct);
        await db.Store.Reads.RecordAsync(Bob, ReadPaths.Taxii, [new("report--1", "v1")], t0.AddHours(1), Ct);
        await db.Store.Reads.RecordAsync(Ana, ReadPaths.Web, [new("report--1", "v2")], t0.AddHours(2), Ct);
        var query = new ReadLogQuery { Principal = "ana", Path = ReadPaths.Taxii, Since = t0, Until = t0.AddHours(2), Limit = 2 };

        var first = (await db.Store.Reads.QueryAsync(query, Ct)).Value;
        var second = (await db.Store.Reads.QueryAsync(query with { After = first.Next }, Ct)).Value;

        Assert.Equal(("report--1 report--2", true, "report--3", false),
            (string.Join(' ', first.Items.Select(i => i.ObjectId)), first.More, string.Join(' ', second.Items.Select(i => i.ObjectId)), second.More));
    }

    [Fact]
    public async Task Object_and_time_filters_select_exactly_their_rows()
    {
        await using var db = await OpenAsync();
        var t0 = TestStore.Start;
        await db.Store.Reads.RecordAsync(Ana, ReadPaths.Api, [new("report--1", "v1")], t0, Ct);
        await db.Store.Reads.RecordAsync(Bob, ReadPaths.Export, [new("report--1", "v2"), new("report--2", "v1")], t0.AddHours(1), Ct);

        var page = (await db.Store.Reads.QueryAsync(new ReadLogQuery { ObjectId = "report--1", Since = t0.AddMinutes(30) }, Ct)).Value;

        Assert.Equal([("bob", "v2", "export")], page.Items.Select(i => (i.PrincipalName, i.VersionKey, i.Path)));
    }

    [Theory]
    [InlineData("TAXII", 0)]
    [InlineData(null, -1)]
    [InlineData(null, 0, 0)]
    [InlineData(null, 0, 1001)]
    public async Task A_bad_filter_is_refused_and_audits_nothing(string? path, int untilHours, int limit = 10)
    {
        await using var db = await OpenAsync();
        var before = (await db.Store.Audit.HeadAsync(Ct))?.Sequence ?? 0;

        var result = await db.Store.Reads.QueryAsync(
            new ReadLogQuery { Path = path, Since = TestStore.Start, Until = TestStore.Start.AddHours(untilHours), Limit = limit }, Ct);

        Assert.Equal((ReadLogErrors.FilterInvalidCode, before), (result.Error?.Code, (await db.Store.Audit.HeadAsync(Ct))?.Sequence ?? 0));
    }

    [Fact]
    public async Task Recording_and_reading_the_log_are_both_audited()
    {
        await using var db = await OpenAsync();
        var before = (await db.Store.Audit.HeadAsync(Ct))?.Sequence ?? 0;

        await db.Store.Reads.RecordAsync(Ana, ReadPaths.Ingest, [new("report--1", "v1")], TestStore.Start, Ct);
        await db.Store.Reads.QueryAsync(new ReadLogQuery { Principal = "ana" }, Ct);
        await foreach (var _ in db.Store.Reads.ExportAsync(new ReadLogQuery(), "csv", Ct))
        {
        }

        var entries = new List<(string, string)>();
        await foreach (var entry in db.Store.Audit.ReadAsync(before + 1, 100, Ct))
        {
            entries.Add((entry.Action, entry.Details.Contains("\"principal\":\"ana\"", StringComparison.Ordinal) ? "ana" : entry.Subject));
        }

        Assert.Equal([("read.recorded", Ana.PrincipalId.ToString("D")), ("readlog.view", "ana"), ("readlog.view", "")], entries);
    }

    [Fact]
    public async Task An_export_streams_every_selected_row_across_its_internal_pages()
    {
        await using var db = await OpenAsync();
        var read = Enumerable.Range(0, 2_345).Select(i => new SharedVersion($"report--{i:D5}", "v1")).ToList();
        await db.Store.Reads.RecordAsync(Ana, ReadPaths.Export, read, TestStore.Start, Ct);
        await db.Store.Reads.RecordAsync(Bob, ReadPaths.Export, [new("report--x", "v1")], TestStore.Start, Ct);

        var exported = new List<string>();
        await foreach (var entry in db.Store.Reads.ExportAsync(new ReadLogQuery { Principal = "ana" }, "json", Ct))
        {
            exported.Add(entry.ObjectId);
        }

        Assert.Equal(read.Select(v => v.ObjectId), exported);
    }
}
