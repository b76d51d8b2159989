using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tocsin.Server.Tests.Plan;
using Tocsin.Server.Tests.Taxii;
using Tocsin.Server.Tests.Webhooks;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.MultiNode;

/// <summary>Two real server processes on one PostgreSQL database behave as one system (docs/deployment.md).</summary>
public sealed class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_TAXII_cursor_issued_by_one_node_pages_to_the_end_on_the_other()
    {
        await nodes.StartAsync();
        var collection = await nodes.AddCollectionAsync();
        var ids = await PostIdentitiesAsync(nodes.A, collection, 25);
        using var a = TwoNodes.TaxiiClient(nodes.A);
        using var b = TwoNodes.TaxiiClient(nodes.B);

        var page = await GetAsync(a, Taxii.Taxii.Objects(collection, "?limit=10"));
        var seen = Taxii.Taxii.Ids(page);
        while (page.GetProperty("more").GetBoolean())
        {
            page = await GetAsync(b, Taxii.Taxii.Objects(collection, "?limit=10&next=" + Uri.EscapeDataString(page.GetProperty("next").GetString()!)));
            seen.AddRange(Taxii.Taxii.Ids(page));
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Concurrent_writes_on_both_nodes_get_strictly_increasing_unique_date_added()
    {
        await nodes.StartAsync();
        var collection = await nodes.AddCollectionAsync();

        var written = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => PostIdentitiesAsync(i % 2 == 0 ? nodes.A : nodes.B, collection, 5)));

        using var b = TwoNodes.TaxiiClient(nodes.B);
        var entries = new List<(string Id, string DateAdded)>();
        var page = await GetAsync(b, Taxii.Taxii.Collection(collection, "manifest/?limit=7"));
        entries.AddRange(Manifest(page));
        while (page.GetProperty("more").GetBoolean())
        {
            page = await GetAsync(b, Taxii.Taxii.Collection(collection, "manifest/?limit=7&next=" + Uri.EscapeDataString(page.GetProperty("next").GetString()!)));
            entries.AddRange(Manifest(page));
        }

        var instants = entries.Select(e => DateTimeOffset.Parse(e.DateAdded, CultureInfo.InvariantCulture)).ToList();
        Assert.True(entries.Count == written.Sum(w => w.Count) && instants.Zip(instants.Skip(1)).All(p => p.First < p.Second),
            $"{entries.Count} manifest entries for {written.Sum(w => w.Count)} objects; date_added in order:\n{string.Join('\n', entries.Select(e => e.DateAdded))}");
    }

    [Fact]
    public async Task A_decision_approved_on_one_node_is_in_force_on_the_other_within_its_refresh()
    {
        await nodes.StartAsync();
        using var publicB = TwoNodes.Client(nodes.B);
        var before = await ParisAsync(publicB); // B has served the levels once: its public snapshot is built
        using var analystA = TwoNodes.Client(nodes.A, TwoNodes.Analyst);
        using var approverA = TwoNodes.Client(nodes.A, TwoNodes.Approver);

        var id = await DecideAsync(analystA, approverA, "urgence-attentat");
        // B serves its public snapshot, refreshed from the store every quarter second (docs/operations.md).
        var after = await ParisAsync(publicB);
        for (var attempt = 0; attempt < 50 && after?.GetProperty("decisionId").GetString() != id; attempt++)
        {
            await Task.Delay(100, Ct);
            after = await ParisAsync(publicB);
        }

        Assert.True(after is { } paris && paris.GetProperty("decisionId").GetString() == id && paris.GetProperty("level").GetString() == "urgence-attentat",
            $"Before: {before}\nAfter approval {id} on A, B serves: {after}\n{nodes.Output}");
    }

    [Fact]
    public async Task Each_webhook_delivery_is_received_once_although_both_nodes_dispatch()
    {
        await nodes.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        using var adminA = TwoNodes.Client(nodes.A, TwoNodes.Admin);
        var subscribers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var name = Some.Alias("hook");
            var response = await adminA.PostAsJsonAsync("api/v1/subscribers", new { name, url = receiver.Path(name), territories = Array.Empty<string>(), exercises = false }, Ct);
            await ExpectAsync(HttpStatusCode.Created, response);
            subscribers.Add(name);
        }

        var decisions = new List<string>();
        foreach (var node in new[] { nodes.A, nodes.B, nodes.A, nodes.B })
        {
            using var analyst = TwoNodes.Client(node, TwoNodes.Analyst);
            using var approver = TwoNodes.Client(node, TwoNodes.Approver);
            decisions.Add(await DecideAsync(analyst, approver, decisions.Count % 2 == 0 ? "urgence-attentat" : "securite-renforcee-risque-attentat"));
        }

        var identifiers = await DeliveredIdentifiersAsync(decisions, subscribers.Count);
        await Task.Delay(TimeSpan.FromSeconds(3), Ct); // several dispatch intervals of both nodes: time for any second send

        var received = subscribers.SelectMany(s => identifiers.Select(identifier => (s, identifier,
            Count: receiver.For(s).Count(r => Encoding.UTF8.GetString(r.Body).Contains(identifier, StringComparison.Ordinal))))).ToList();
        Assert.True(received.All(r => r.Count == 1) && receiver.Requests.GroupBy(r => r.Id).All(g => g.Count() == 1),
            $"Receptions per subscriber and message:\n{string.Join('\n', received)}\n{nodes.Output}");
    }

    [Fact]
    public async Task The_audit_chain_stays_one_unbroken_chain_under_writers_on_both_nodes()
    {
        await nodes.StartAsync();
        var collection = await nodes.AddCollectionAsync();
        using var analystA = TwoNodes.Client(nodes.A, TwoNodes.Analyst);
        using var approverB = TwoNodes.Client(nodes.B, TwoNodes.Approver);
        var writes = Enumerable.Range(0, 12).Select(i => (Task)PostIdentitiesAsync(i % 2 == 0 ? nodes.A : nodes.B, collection, 3)).ToList();
        writes.Add(DecideAsync(analystA, approverB, "urgence-attentat"));
        await Task.WhenAll(writes);
        await Task.Delay(TimeSpan.FromSeconds(2), Ct); // both nodes' checkpoint writers sign the head (interval 1 s)
        using var adminB = TwoNodes.Client(nodes.B, TwoNodes.Admin);
        var head = JsonDocument.Parse(await ExpectAsync(HttpStatusCode.OK, await adminB.GetAsync(new Uri("api/v1/audit/head", UriKind.Relative), Ct))).RootElement;

        var (exitCode, output) = await nodes.RunCliAsync("audit", "verify");

        // The nodes may append more entries between the head and the verification, never fewer.
        var verified = Regex.Match(output, @"audit: (\d+) entries, chain intact, (\d+) checkpoints match \((\d+) signatures valid\)");
        Assert.True(exitCode == 0 && verified.Success && long.Parse(verified.Groups[1].Value, CultureInfo.InvariantCulture) >= head.GetProperty("sequence").GetInt64()
            && int.Parse(verified.Groups[2].Value, CultureInfo.InvariantCulture) > 0, $"Exit {exitCode}, head {head}:\n{output}");
    }

    /// <summary>The body of a response with the expected status; otherwise fails with the body and the nodes' output.</summary>
    private async Task<string> ExpectAsync(HttpStatusCode expected, HttpResponseMessage response, string? mediaType = null)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected && (mediaType is null || response.Content.Headers.ContentType?.MediaType == mediaType),
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {response.Content.Headers.ContentType}. Body:\n{body}\n{nodes.Output}");
        return body;
    }

    /// <summary>POSTs <paramref name="count"/> new identities to <paramref name="node"/> in one envelope; returns their ids.</summary>
    private async Task<IReadOnlyList<string>> PostIdentitiesAsync(Uri node, Collection collection, int count)
    {
        var objects = Enumerable.Range(0, count).Select(_ => StixJson.Identity()).ToList();
        using var client = TwoNodes.TaxiiClient(node);
        var response = await client.PostAsync(Taxii.Taxii.Objects(collection), Taxii.Taxii.Envelope([.. objects.Select(o => o.ToJson())]), Ct);
        var status = JsonDocument.Parse(await ExpectAsync(HttpStatusCode.Accepted, response)).RootElement;
        Assert.Equal(count, status.GetProperty("success_count").GetInt32());
        return [.. objects.Select(o => o.Id)];
    }

    private async Task<JsonElement> GetAsync(HttpClient client, Uri url) =>
        JsonDocument.Parse(await ExpectAsync(HttpStatusCode.OK, await client.GetAsync(url, Ct), Taxii.Taxii.MediaType)).RootElement;

    private static List<(string, string)> Manifest(JsonElement page) =>
        page.TryGetProperty("objects", out var objects)
            ? objects.EnumerateArray().Select(o => (o.GetProperty("id").GetString()!, o.GetProperty("date_added").GetString()!)).ToList()
            : [];

    /// <summary>The level entry of Paris in the public status; null while no decision names Paris (whichever test
    /// of this class runs first sees none).</summary>
    private async Task<JsonElement?> ParisAsync(HttpClient client)
    {
        var body = JsonDocument.Parse(await ExpectAsync(HttpStatusCode.OK, await client.GetAsync(new Uri("api/v1/levels?scheme=vigipirate", UriKind.Relative), Ct))).RootElement;
        foreach (var entry in body.GetProperty("entries").EnumerateArray())
        {
            if (entry.GetProperty("territory").GetString() == "FRA-D75")
            {
                return entry.Clone();
            }
        }

        return null;
    }

    /// <summary>Proposes a level on Paris and approves it (two different users); returns the decision id.</summary>
    private async Task<string> DecideAsync(HttpClient analyst, HttpClient approver, string level)
    {
        var proposed = await analyst.PostAsJsonAsync(new Uri("api/v1/decisions", UriKind.Relative), PlanRequests.Proposal(level, "FRA-D75"), Ct);
        var id = JsonDocument.Parse(await ExpectAsync(HttpStatusCode.Created, proposed)).RootElement.GetProperty("id").GetString()!;
        var approved = await approver.PostAsync(new Uri($"api/v1/decisions/{id}/approve", UriKind.Relative), null, Ct);
        await ExpectAsync(HttpStatusCode.OK, approved);
        return id;
    }

    /// <summary>Waits until every message of <paramref name="decisions"/> is delivered to <paramref name="subscribers"/>
    /// subscribers or more, as node B reports it; returns the messages' CAP identifiers.</summary>
    private async Task<List<string>> DeliveredIdentifiersAsync(List<string> decisions, int subscribers)
    {
        using var approverB = TwoNodes.Client(nodes.B, TwoNodes.Approver);
        var last = "";
        for (var wait = 0; wait < 300; wait++)
        {
            var identifiers = new List<string>();
            var complete = true;
            foreach (var decision in decisions)
            {
                last = await ExpectAsync(HttpStatusCode.OK, await approverB.GetAsync(new Uri($"api/v1/decisions/{decision}/deliveries", UriKind.Relative), Ct));
                foreach (var publication in JsonDocument.Parse(last).RootElement.EnumerateArray())
                {
                    identifiers.Add(publication.GetProperty("identifier").GetString()!);
                    var delivered = publication.GetProperty("deliveries").EnumerateArray().Count(d => d.GetProperty("state").GetString() == "delivered");
                    complete &= delivered >= subscribers;
                }
            }

            if (complete && identifiers.Count >= decisions.Count)
            {
                return identifiers;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"Deliveries not complete after 30 s; last report: {last}\n{nodes.Output}");
        return [];
    }
}
