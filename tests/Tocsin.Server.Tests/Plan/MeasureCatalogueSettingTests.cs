using System.Net;
using Microsoft.Extensions.Options;
using Tocsin.Testing;

namespace Tocsin.Server.Tests.Plan;

/// <summary>A deployment's own measures catalogue (<c>Tocsin:Plan:MeasureCatalogues</c>) replaces the shipped one of its
/// scheme; a bad one stops the server at start with a line naming the file, the JSON path and the problem.</summary>
public sealed class MeasureCatalogueSettingTests : IDisposable
{
    private const string Key = "Tocsin:Plan:MeasureCatalogues:0";

    private readonly string _directory = Directory.CreateTempSubdirectory("tocsin-measures-").FullName;

    private const string Catalogue = """
        { "scheme": "vigipirate",
          "domains": [ { "id": "ports", "code": "PRT", "titles": { "fr": "Ports de plaisance", "en": "Marinas" } } ],
          "measures": [
            { "id": "PRT-01", "domain": "ports", "titles": { "fr": "Rondes sur les pontons", "en": "Rounds on the pontoons" },
              "public": true, "fromLevel": "vigilance" },
            { "id": "PRT-02", "domain": "ports", "titles": { "fr": "Garde de la capitainerie", "en": "Guard at the harbour office" },
              "public": false, "fromLevel": "vigilance", "sectors": ["transport"], "recipientGroups": ["operators"] } ] }
        """;

    private string Write(string name, string json)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task A_configured_catalogue_replaces_the_shipped_one_and_shows_only_its_public_measures_to_the_public()
    {
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>(Key, Write("vigipirate.json", Catalogue)));
        using var client = app.CreateClient();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetPathAsync("/api/v1/schemes/vigipirate")));

        Assert.Equal(("PRT-01", "Marinas"), (Assert.Single(body.GetProperty("measures").EnumerateArray()).GetProperty("id").GetString(),
            Assert.Single(body.GetProperty("domains").EnumerateArray()).GetProperty("titles").GetProperty("en").GetString()));
    }

    [Fact]
    public async Task A_directory_of_catalogues_is_read_too()
    {
        Write("vigipirate.json", Catalogue);
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>(Key, _directory));
        var (analyst, _) = await app.PlanClientsAsync();

        var body = PlanHttp.Json(await HttpAssert.StatusAsync(HttpStatusCode.OK, await analyst.GetPathAsync("/api/v1/schemes/vigipirate")));

        Assert.Equal(["PRT-01", "PRT-02"], body.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_catalogue_with_a_problem_stops_the_server_naming_file_path_and_problem()
    {
        var file = Write("broken.json", Catalogue.Replace("\"domain\": \"ports\", \"titles\": { \"fr\": \"Garde", "\"domain\": \"docks\", \"titles\": { \"fr\": \"Garde", StringComparison.Ordinal));
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>(Key, file));

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains($"{file}: $.measures[1].domain: 'docks' is not a domain declared in $.domains. [domain-undeclared]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_catalogue_file_stops_the_server()
    {
        var file = Path.Combine(_directory, "absent.json");
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>(Key, file));

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains($"{file}: no such file or directory [file-missing]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_catalogues_for_one_scheme_stop_the_server()
    {
        var first = Write("a.json", Catalogue);
        var second = Write("b.json", Catalogue);
        await using var app = TocsinApp.WithSettings(new KeyValuePair<string, string>(Key, _directory));

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains($"{second}: $.scheme: 'vigipirate' already has its catalogue in {first} [scheme-duplicate]", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
