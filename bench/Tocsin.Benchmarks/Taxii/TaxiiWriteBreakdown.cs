using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Tocsin.Core.Principals;
using Tocsin.Core.Sharing;
using Tocsin.Core.Stix;
using Tocsin.Server;
using Tocsin.Server.Taxii;
using Tocsin.Storage;
using Tocsin.Storage.Sharing;
using Tocsin.Storage.Taxii;
using Tocsin.Testing;

namespace Tocsin.Benchmarks.Taxii;

/// <summary>The write driver's in-process measures, run after its HTTP phases: where one envelope's time goes, and
/// what the full-text index costs per stored version.</summary>
internal static class TaxiiWriteBreakdown
{
    /// <summary>Where one envelope's time goes, in process, each step timed alone over every envelope: the envelope
    /// split (UTF-8 check, one parse per object), validation, the canonical hash, and the store's write as a POST makes
    /// it (<see cref="ITocsinStore.AddObjectsAsync(Guid, IReadOnlyList{StixObject}, Func{ImportResult, TaxiiStatus}, CancellationToken)"/>:
    /// admission, which validates again here since the driver validated first, the transaction with the statements
    /// per object, the queue for the search index, the audit entry, the status resource, the one commit). What a request
    /// costs beyond their total is HTTP, authentication and access.</summary>
    internal static async Task BreakdownAsync(ITocsinStore store, Guid analyst, List<byte[]> envelopes)
    {
        var collection = await TaxiiLoadDriver.CollectionAsync(store, analyst, "bench-breakdown");
        var objects = 0;
        double split = 0, validate = 0, hash = 0, write = 0;
        foreach (var body in envelopes)
        {
            var started = Stopwatch.GetTimestamp();
            var parsed = TaxiiEnvelopeReader.Split(body).Value.Objects;
            split += Stopwatch.GetElapsedTime(started).TotalMicroseconds;

            started = Stopwatch.GetTimestamp();
            foreach (var item in parsed)
            {
                _ = StixValidator.Validate(item);
            }

            validate += Stopwatch.GetElapsedTime(started).TotalMicroseconds;

            started = Stopwatch.GetTimestamp();
            foreach (var item in parsed)
            {
                _ = item.ContentHash;
            }

            hash += Stopwatch.GetElapsedTime(started).TotalMicroseconds;

            started = Stopwatch.GetTimestamp();
            var status = await store.AddObjectsAsync(collection.Id, parsed,
                result => TaxiiStatuses.From(analyst, DateTimeOffset.UnixEpoch.AddYears(60), TimeSpan.FromDays(1), result, []), CancellationToken.None);
            write += Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            objects += parsed.Count;
            if (status.Successes.Count != parsed.Count)
            {
                throw new InvalidOperationException("The breakdown's envelope was not stored whole.");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Breakdown, in process, {objects:N0} objects in {envelopes.Count:N0} envelopes (µs per object; µs per envelope):");
        Console.WriteLine("| step | µs per object | ms per envelope |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (step, micros) in new[] { ("envelope split and parse (UTF-8 check, one JsonElement per object)", split), ("validation (StixValidator)", validate), ("RFC 8785 canonical form + SHA-256", hash), ("store write with its status (admission re-validates; transaction, audit entry, status, one commit)", write), ("total", split + validate + hash + write) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {micros / objects:F1} | {micros / envelopes.Count / 1000:F2} |"));
        }
    }

    /// <summary>What the full-text index's trigger costs per stored version, estimated over every version stored so far
    /// by running its queries again: the words, date and markings computed from the JSON, then the same computed and
    /// written to a fresh full-text index of the same definition (a temporary one, rolled back).</summary>
    internal static async Task SearchIndexProbeAsync(string? database, string directory)
    {
        (string Step, string Sql)[] steps = database is null
            ? [("search words, date and markings computed from the JSON (search_source: the text given to each function)",
                   "SELECT count(*), sum(length(words)), total(dated), sum(length(markings)) FROM search_source"),
               ("the same, the JSON parsed once into JSONB (the trigger since 0031)",
                   $"SELECT count(*), sum(length(words)), total(dated), sum(length(markings)) FROM ({SqliteParsedOnce}) o"),
               ("the same as search_source, written to a fresh full-text index",
                   "CREATE VIRTUAL TABLE temp.probe USING fts5 (words, dated UNINDEXED, markings UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'); INSERT INTO temp.probe (rowid, words, dated, markings) SELECT row_id, words, dated, markings FROM search_source WHERE words <> ''")]
            : [("search words, date and markings computed from the JSON",
                   "SELECT count(*), sum(length(search_words(j)::text)), sum(search_dated(j)), sum(length(search_markings(j))) FROM (SELECT search_json(json) AS j FROM objects) o"),
               ("the same, written to a fresh full-text index",
                   "CREATE TEMPORARY TABLE probe (LIKE search_documents); CREATE INDEX ON probe USING gin (words); INSERT INTO probe SELECT row_id, search_words(j), search_dated(j), search_markings(j) FROM (SELECT row_id, search_json(json) AS j FROM objects) o WHERE search_words(j) <> ''::tsvector")];
        System.Data.Common.DbConnection connection = database is null
            ? new SqliteConnection($"Data Source={Path.Combine(directory, StoreOpener.DatabaseFileName)};Pooling=False")
            : new NpgsqlConnection(database["postgres:".Length..]);
        await using (connection)
        {
            await connection.OpenAsync();
            long rows;
            await using (var count = connection.CreateCommand())
            {
                count.CommandText = "SELECT count(*) FROM objects";
                rows = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            }

            Console.WriteLine();
            Console.WriteLine($"Full-text index trigger, estimated over the {rows:N0} versions stored:");
            Console.WriteLine("| step | µs per version |");
            Console.WriteLine("|---|---:|");
            foreach (var (step, sql) in steps)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                var started = Stopwatch.GetTimestamp();
                await command.ExecuteNonQueryAsync();
                var micros = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                await transaction.RollbackAsync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {micros / rows:F1} |"));
            }
        }
    }

    /// <summary>What SQLite computes for each version's full-text index row (the trigger of 0031, the catch-up since 0032), over every stored version.</summary>
    private const string SqliteParsedOnce = """
        SELECT substr(concat_ws(' ', json_extract(j, '$.name'), (SELECT group_concat(value, ' ') FROM json_each(j, '$.aliases')),
                   json_extract(j, '$.description'), json_extract(j, '$.content'), json_extract(j, '$.abstract'), json_extract(j, '$.explanation')), 1, 200000) AS words,
               CAST(unixepoch(COALESCE(json_extract(j, '$.published'), json_extract(j, '$.first_seen'), json_extract(j, '$.created')), 'subsec') * 1000000 AS INTEGER) AS dated,
               ' ' || COALESCE((SELECT group_concat(value, ' ') FROM json_each(j, '$.object_marking_refs')), '') || ' ' AS markings
        FROM (SELECT jsonb(CAST(json AS TEXT)) AS j FROM objects LIMIT -1 OFFSET 0)
        """;
}
