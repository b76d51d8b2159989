using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tocsin.Core.Principals;
using Tocsin.Core.Stix;
using Tocsin.Server.Tests.Plan;
using Tocsin.Storage;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Operations;

/// <summary>The Prometheus scrape endpoint and Tocsin's own instruments (docs/operations.md "Metrics and traces").</summary>
public sealed class MetricsTests(MetricsTests.ScrapedApp scraped) : IClassFixture<MetricsTests.ScrapedApp>
{
    private const string Ours = "identity--fc441a30-7ac0-457b-800a-ab1fd136ebed";
    private const string Password = "metrics-password";

    /// <summary>A server with the scrape endpoint on.</summary>
    public sealed class ScrapedApp() : IAsyncDisposable
    {
        public TocsinApp App { get; } = TocsinApp.WithSettings(new KeyValuePair<string, string>("Tocsin:Telemetry:Prometheus:Enabled", "true"));

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private TocsinApp App => scraped.App;

    [Fact]
    public async Task Without_the_setting_there_is_no_scrape_endpoint()
    {
        await using var app = new TocsinApp();
        using var client = FromAddress(app.CreateClient(), "127.0.0.1");

        var response = await client.GetPathAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_scraper_on_loopback_reads_the_metrics_of_asp_net_core()
    {
        using var client = FromAddress(App.CreateClient(), "127.0.0.1");

        // A request before each scrape: the test is about what a scrape shows once requests are measured, not about
        // whether a single request answered while the server was starting up was.
        var text = await ScrapeUntilAsync(client, line => line.StartsWith("http_server_request_duration_seconds", StringComparison.Ordinal),
            async () => (await client.GetPathAsync("/api/v1/levels")).Dispose());

        Assert.NotNull(text);
    }

    [Fact]
    public async Task Another_server_ending_in_the_same_process_does_not_take_away_this_ones_request_metrics()
    {
        await using var own = TocsinApp.WithSettings(new KeyValuePair<string, string>("Tocsin:Telemetry:Prometheus:Enabled", "true"));
        using var client = FromAddress(own.CreateClient(), "127.0.0.1");
        (await client.GetPathAsync("/api/v1/levels")).Dispose();
        await using (var other = new TocsinApp())
        {
            using var otherClient = other.CreateClient();
            (await otherClient.GetPathAsync("/api/v1/levels")).Dispose();
        }

        // The collection after the other server ended is the one that would retire a stream the two shared; scrape
        // past it (and past the exporter's brief cache) before looking.
        (await client.GetPathAsync("/metrics")).Dispose();
        await Task.Delay(TimeSpan.FromSeconds(1), PlanHttp.Ct);
        var line = await ScrapeUntilAsync(client,
            line => line.StartsWith("http_server_request_duration_seconds_count", StringComparison.Ordinal)
                && line.Contains("http_route=\"/api/v1/levels\"", StringComparison.Ordinal),
            async () => (await client.GetPathAsync("/api/v1/levels")).Dispose());

        Assert.NotNull(line);
    }

    [Fact]
    public async Task A_public_read_answered_from_the_snapshot_is_measured_under_its_route()
    {
        using var client = FromAddress(App.CreateClient(), "127.0.0.1");

        var line = await ScrapeUntilAsync(client,
            line => line.StartsWith("http_server_request_duration_seconds_count", StringComparison.Ordinal)
                && line.Contains("http_route=\"/api/v1/levels/point\"", StringComparison.Ordinal),
            async () => (await client.GetPathAsync("/api/v1/levels/point?lat=48.8566&lon=2.3522")).Dispose());

        Assert.NotNull(line);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Role.Analyst, HttpStatusCode.Forbidden)]
    [InlineData(Role.Admin, HttpStatusCode.OK)]
    public async Task Off_loopback_only_an_administrator_reads_the_metrics(Role? role, HttpStatusCode status)
    {
        var name = Some.Alias("scraper");
        if (role is { } held)
        {
            await App.AddUserAsync(name, held, Password);
        }

        using var client = FromAddress(role is null ? App.CreateClient() : App.CreateClient(name, Password), "198.51.100.20");

        var response = await client.GetPathAsync("/metrics");

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Approved_decisions_are_counted()
    {
        using var client = FromAddress(App.CreateClient(), "127.0.0.1");

        await App.DecideLevelAsync(PlanRequests.Proposal("urgence-attentat", "FRA-D33"));

        Assert.NotNull(await ScrapeUntilAsync(client, line => line.StartsWith("tocsin_decision_events_total{", StringComparison.Ordinal)
            && line.Contains("event=\"approved\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Objects_served_to_a_partner_are_counted_under_its_name()
    {
        await App.SetOrganisationAsync(Ours);
        var collection = await App.SeedCollectionAsync();
        await App.SeedObjectsAsync(collection.Alias, StixJson.Indicator().With("created_by_ref", Ours)
            .With("object_marking_refs", new System.Text.Json.Nodes.JsonArray(TlpMarkings.ClearId)).ToJson());
        var partner = await PartnerAsync(collection);
        using var scraper = FromAddress(App.CreateClient(), "127.0.0.1");

        var served = await Taxii.Taxii.GetAsync(partner.Client, Taxii.Taxii.Objects(collection));

        Assert.NotNull(await ScrapeUntilAsync(scraper, line => line.StartsWith("tocsin_taxii_objects_served_total{", StringComparison.Ordinal)
            && line.Contains($"partner=\"{partner.Name}\"", StringComparison.Ordinal)
            && ValueOf(line) == Taxii.Taxii.Ids(served).Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<(HttpClient Client, string Name)> PartnerAsync(Collection collection)
    {
        var admin = Some.Alias("admin");
        await App.AddUserAsync(admin, Role.Admin, Password);
        using var adminClient = App.CreateClient(admin, Password);
        var name = Some.Alias("partner");
        var created = JsonDocument.Parse(await HttpAssert.StatusAsync(HttpStatusCode.Created, await adminClient.PostAsJsonAsync(
            new Uri("/api/v1/partners", UriKind.Relative), new { name, country = "BEL", ceiling = "green", rel = Array.Empty<string>() }, PlanHttp.Ct))).RootElement;
        await App.GrantAsync(collection, name, CollectionRights.Read);
        return (App.CreateTaxiiClient(created.GetProperty("apiKey").GetString()!, string.Empty), name);
    }

    // "name{labels} value [timestamp]"
    private static string ValueOf(string line) => line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];

    private static HttpClient FromAddress(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, address);
        return client;
    }

    // The exporter caches a scrape briefly: scrape again until the line is there.
    private static async Task<string?> ScrapeUntilAsync(HttpClient client, Func<string, bool> wanted, Func<Task>? before = null)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (before is not null)
            {
                await before();
            }

            var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/metrics"), "text/plain");
            if (body.Split('\n').FirstOrDefault(wanted) is { } line)
            {
                return line;
            }

            await Task.Delay(100, PlanHttp.Ct);
        }

        return null;
    }
}
