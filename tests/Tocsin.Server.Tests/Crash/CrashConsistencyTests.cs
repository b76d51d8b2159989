using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Crash;

/// <summary>Crash consistency (docs/crash-consistency.md): the real server and CLI processes are killed with SIGKILL at
/// a seeded random point during a large import, a stream of TAXII POSTs, approvals and a webhook fan-out, on SQLite and
/// on PostgreSQL, then restarted. After each kill the database passes its integrity check, the audit chain verifies,
/// nothing is half-written, every acknowledged write is there, and every webhook arrives at least once under one
/// <c>webhook-id</c> and never again once its acknowledgement is recorded. The seed is printed; set
/// <c>TOCSIN_CRASH_SEED</c> to replay a failure.</summary>
public sealed class CrashConsistencyTests(PostgresServer postgres)
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("TOCSIN_CRASH_SEED"), CultureInfo.InvariantCulture, out var seed)
        ? seed : Random.Shared.Next();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_import_killed_midway_keeps_whole_batches_and_completes_when_run_again(string engine)
    {
        var random = RandomFor(engine);
        await using var rig = await CrashRig.CreateAsync(engine, postgres);
        const int count = 3 * 1000 + 500; // three whole batches of ImportCommand.BatchSize and a partial one
        var file = Path.Combine(rig.DataDirectory, "large.json");
        await File.WriteAllBytesAsync(file, GeneratedBundle.Bytes(count), TestContext.Current.CancellationToken);

        for (var round = 0; round < 2; round++)
        {
            await using (var import = rig.StartCommand("import", file, "--collection", "crash"))
            {
                await Task.Delay(random.Next(300, 4000), TestContext.Current.CancellationToken);
                await import.KillAsync();
            }

            await rig.CheckAsync();
            var present = (await rig.ColumnAsync("SELECT id FROM objects")).ToHashSet(StringComparer.Ordinal);
            for (var batch = 0; batch * 1000 < count; batch++)
            {
                var ids = Enumerable.Range(batch * 1000, Math.Min(1000, count - (batch * 1000))).Select(GeneratedBundle.IdOf).ToList();
                var stored = ids.Count(present.Contains);
                Assert.True(stored == 0 || stored == ids.Count, Because($"batch {batch} is half-written: {stored} of {ids.Count} objects"));
            }
        }

        var (exit, output) = await rig.RunAsync("import", file, "--collection", "crash");
        Assert.True(exit == 0, Because(output));
        Assert.Equal(count, await rig.CountAsync("SELECT COUNT(*) FROM objects"));
        await rig.CheckAsync();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Every_taxii_envelope_acknowledged_before_a_kill_is_whole_after_it(string engine)
    {
        var random = RandomFor(engine);
        await using var rig = await CrashRig.CreateAsync(engine, postgres);
        await rig.StartAsync();
        var sent = new ConcurrentBag<(IReadOnlyList<string> Ids, string? StatusId)>();

        var posters = Enumerable.Range(0, 3).Select(_ => Task.Run(() => PostUntilKilledAsync(rig, sent))).ToList();
        // The kill lands at a random moment after the first acknowledgement, however slow the machine: a kill before
        // any would check nothing.
        var first = Stopwatch.StartNew();
        while (!sent.Any(e => e.StatusId is not null))
        {
            Assert.True(first.Elapsed < TimeSpan.FromMinutes(2), Because("no envelope was acknowledged in two minutes"));
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await Task.Delay(random.Next(0, 4000), TestContext.Current.CancellationToken);
        await rig.KillAsync();
        await Task.WhenAll(posters);

        await rig.CheckAsync();
        var present = (await rig.ColumnAsync("SELECT id FROM objects")).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(sent, e => e.StatusId is not null);
        foreach (var (ids, statusId) in sent)
        {
            var stored = ids.Count(present.Contains);
            Assert.True(stored == 0 || stored == ids.Count, Because($"an envelope is half-written: {stored} of {ids.Count} objects"));
            Assert.True(statusId is null || stored == ids.Count, Because($"an envelope answered 202 (status {statusId}) is missing after the kill"));
        }

        await rig.StartAsync();
        using var analyst = TaxiiClient(rig);
        foreach (var (ids, statusId) in sent.Where(e => e.StatusId is not null))
        {
            using var response = await analyst.GetAsync(new Uri($"taxii2/tocsin/status/{statusId}/", UriKind.Relative), TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, Because($"status {statusId}: {(int)response.StatusCode} {body}"));
            Assert.Equal(ids.Count, JsonDocument.Parse(body).RootElement.GetProperty("success_count").GetInt32());
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_approval_cut_by_a_kill_is_all_or_nothing_and_its_message_goes_out_after_restart(string engine)
    {
        var random = RandomFor(engine);
        await using var rig = await CrashRig.CreateAsync(engine, postgres);
        await using var receiver = new FlakyWebhookReceiver();
        await rig.StartAsync();
        var (subscriber, _) = await CrashSteps.SubscribeAsync(rig, "ops", receiver.Url);
        var decisions = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            decisions.Add(await CrashSteps.ProposeAsync(rig, $"Crash test decision {i}"));
        }

        // The approvals queue on the plan's write lock; the kill lands before, between or inside them.
        var approvals = decisions.Select(d => Task.Run(async () =>
        {
            try
            {
                return await CrashSteps.ApproveAsync(rig, d);
            }
            catch (HttpRequestException)
            {
                return false;
            }
        })).ToList();
        await Task.Delay(random.Next(0, 1500), TestContext.Current.CancellationToken);
        await rig.KillAsync();
        var acknowledged = await Task.WhenAll(approvals);

        await rig.CheckAsync();
        var approved = (await rig.ColumnAsync("SELECT id FROM decisions WHERE status = 'Approved'")).Select(Guid.Parse).ToHashSet();
        for (var i = 0; i < decisions.Count; i++)
        {
            Assert.True(!acknowledged[i] || approved.Contains(decisions[i]), Because($"approval of {decisions[i]} answered 200 but is missing"));
        }

        await rig.StartAsync();
        var deliveries = await CrashSteps.WaitForDeliveriesAsync(rig, [.. approved],
            all => all.Count == approved.Count && all.All(d => d.State == "delivered"));
        Assert.All(deliveries, d => Assert.Equal(subscriber, d.Subscriber));
        Assert.Equal(deliveries.Select(d => d.Identifier).Order(StringComparer.Ordinal),
            receiver.Received.Where(r => r.Status == 200).Select(r => r.Identifier).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        await rig.KillAsync();
        await rig.CheckAsync();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_webhook_fan_out_cut_by_a_kill_delivers_each_message_once_acknowledged_under_one_id(string engine)
    {
        var random = RandomFor(engine);
        await using var rig = await CrashRig.CreateAsync(engine, postgres);
        // Slow and failing a third of the time, so that a batch is in flight for seconds and retries are common.
        await using var receiver = new FlakyWebhookReceiver(failureRatio: 0.3, seed: random.Next()) { AnswerDelay = TimeSpan.FromMilliseconds(150) };
        await rig.StartAsync();
        var subscribers = new Dictionary<string, (Guid Id, string Secret)>(StringComparer.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            var url = new Uri(receiver.Url, $"s{i}");
            subscribers[url.AbsolutePath] = await CrashSteps.SubscribeAsync(rig, $"ops-{i}", url);
        }

        // Subscribers s0 and s1 acknowledge what they receive; s2 never does. An acknowledgement is recorded when the
        // server answers 200: from then on, no request for that message may reach that subscriber. What counts is when a
        // request arrived, not when the slow receiver got round to answering it: after a kill, the restarted server's
        // resend may wait behind the killed server's send, whose acknowledgement is then recorded after the resend.
        var acknowledgedAt = new ConcurrentDictionary<(string Identifier, string Path), int>();
        receiver.OnDelivered = async request =>
        {
            if (!request.Path.EndsWith("s2", StringComparison.Ordinal)
                && await CrashSteps.AcknowledgeAsync(rig, subscribers[request.Path].Id, subscribers[request.Path].Secret, request.Identifier))
            {
                acknowledgedAt.TryAdd((request.Identifier, request.Path), receiver.Arrived);
            }
        };
        var decisions = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var decision = await CrashSteps.ProposeAsync(rig, $"Crash test fan-out {i}");
            Assert.True(await CrashSteps.ApproveAsync(rig, decision), Because(rig.Output));
            decisions.Add(decision);
        }

        await Task.Delay(random.Next(0, 2500), TestContext.Current.CancellationToken);
        await rig.KillAsync();
        await rig.CheckAsync();
        await rig.StartAsync();
        await CrashSteps.WaitForDeliveriesAsync(rig, decisions, all => all.Count == decisions.Count * subscribers.Count && all.All(d => d.State == "delivered"));
        await rig.KillAsync();
        await rig.CheckAsync();

        var received = receiver.Received;
        foreach (var pair in received.GroupBy(r => (r.Identifier, r.Path)))
        {
            Assert.True(pair.Any(r => r.Status == 200), Because($"{pair.Key} was never delivered"));
            Assert.True(pair.Select(r => r.WebhookId).Distinct(StringComparer.Ordinal).Count() == 1, Because($"{pair.Key} was sent under several webhook-ids"));
        }

        Assert.Equal(decisions.Count * subscribers.Count, received.Select(r => (r.Identifier, r.Path)).Distinct().Count());
        foreach (var ((identifier, path), at) in acknowledgedAt)
        {
            var after = received.Count(r => r.Arrival >= at && r.Identifier == identifier && r.Path == path);
            Assert.True(after == 0, Because($"{identifier} was sent to {path} {after} more time(s) after its acknowledgement was recorded"));
        }
    }

    /// <summary>POSTs envelopes of 20 new indicators until the server goes away; records each envelope's ids, with its
    /// status id when the server answered 202 with every object a success.</summary>
    private static async Task PostUntilKilledAsync(CrashRig rig, ConcurrentBag<(IReadOnlyList<string>, string?)> sent)
    {
        using var analyst = TaxiiClient(rig);
        while (true)
        {
            var objects = Enumerable.Range(0, 20).Select(_ => StixJson.Indicator()).ToList();
            using var content = new StringContent("{\"objects\":[" + string.Join(',', objects.Select(o => o.ToJson())) + "]}", Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
            IReadOnlyList<string> ids = [.. objects.Select(o => o.Id)];
            try
            {
                using var response = await analyst.PostAsync(new Uri($"taxii2/tocsin/collections/{rig.CollectionId}/objects/", UriKind.Relative), content);
                var body = await response.Content.ReadAsStringAsync();
                var status = response.StatusCode == HttpStatusCode.Accepted ? JsonDocument.Parse(body).RootElement : default;
                var whole = response.StatusCode == HttpStatusCode.Accepted && status.GetProperty("success_count").GetInt32() == ids.Count;
                Assert.True(whole, $"POST answered {(int)response.StatusCode}: {body}");
                sent.Add((ids, status.GetProperty("id").GetString()));
            }
            catch (HttpRequestException)
            {
                sent.Add((ids, null)); // cut by the kill: its fate is unknown to the client, but it must not be half there
                return;
            }
            catch (Exception e) when (e is TaskCanceledException or IOException)
            {
                sent.Add((ids, null));
                return;
            }
        }
    }

    private static HttpClient TaxiiClient(CrashRig rig)
    {
        var client = rig.Client(CrashRig.Analyst);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        return client;
    }

    /// <summary>The random source of one test, derived from the printed seed, the test and the engine.</summary>
    private Random RandomFor(string engine, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        if (engine == "postgres")
        {
            postgres.EnsureAvailable();
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"crash seed {Seed} (TOCSIN_CRASH_SEED={Seed} replays it)");
        // Not string.GetHashCode or HashCode: both are randomised per process, and the seed must replay.
        return new Random((test + engine).Aggregate(Seed, (hash, c) => unchecked((hash * 31) + c)));
    }

    private static string Because(string what) => $"{what} (TOCSIN_CRASH_SEED={Seed})";
}
