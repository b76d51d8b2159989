using Tocsin.Core.Plan;
using Tocsin.Core.Plan.Measures;
using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Tests.Plan;

/// <summary>Every malformed catalogue file is refused with an issue naming the JSON path and the rule.</summary>
public sealed class MeasureCatalogueReaderTests
{
    private static readonly AlertScheme Vigipirate = PlanCatalogue.Default.FindScheme("vigipirate")!;

    private const string Domain = """{ "id": "gatherings", "code": "RSB", "titles": { "fr": "Rassemblements", "en": "Gatherings" } }""";

    private const string Measure = """
        { "id": "RSB-01", "domain": "gatherings", "titles": { "fr": "Contrôle des sacs", "en": "Bag checks" },
          "public": true, "fromLevel": "vigilance" }
        """;

    private static string File(string domains = Domain, string measures = Measure, string scheme = "vigipirate") =>
        $$"""{ "scheme": "{{scheme}}", "domains": [ {{domains}} ], "measures": [ {{measures}} ] }""";

    private static string MeasureWith(string members) =>
        $$"""{ "id": "RSB-01", "domain": "gatherings", "titles": { "fr": "t", "en": "t" }, "public": true, "fromLevel": "vigilance", {{members}} }""";

    private static IReadOnlyList<SchemeIssue> IssuesOf(string json) => MeasureCatalogueReader.Read(json, Vigipirate).Issues;

    [Fact]
    public void A_minimal_file_is_read_with_its_domain_and_defaults()
    {
        var (catalogue, issues) = MeasureCatalogueReader.Read(File(), Vigipirate);

        Assert.Empty(issues);
        Assert.Equal(("gatherings", "RSB", "Gatherings", 0, 0), (catalogue!.Measures[0].Domain, catalogue.FindDomain("gatherings")!.Code,
            catalogue.Domains[0].Titles["en"], catalogue.Measures[0].Sectors.Count, catalogue.Measures[0].Objective.Count));
    }

    [Fact]
    public void Every_field_of_a_full_measure_is_kept()
    {
        var json = File(measures: MeasureWith("""
            "objective": { "fr": "o", "en": "goal" }, "implementation": { "fr": "i", "en": "do this" },
            "sectors": ["transport"], "recipientGroups": ["operators"]
            """));

        var measure = MeasureCatalogueReader.Read(json, Vigipirate).Catalogue!.Measures[0];

        Assert.Equal(("goal", "do this", "transport", "operators"), (measure.Objective["en"], measure.Implementation["en"], measure.Sectors[0], measure.RecipientGroups[0]));
    }

    public static TheoryData<string, string, string> Broken() => new()
    {
        { File(measures: MeasureWith("\"sectors\": []").Replace("\"gatherings\"", "\"weather\"", StringComparison.Ordinal)), "$.measures[0].domain", "domain-undeclared" },
        { File(measures: MeasureWith("\"sectors\": [\"tourism\"]")), "$.measures[0].sectors[0]", "sector-unknown" },
        { File(measures: MeasureWith("\"sectors\": [\"energy\", \"energy\"]")), "$.measures[0].sectors[1]", "sector-duplicate" },
        { File(measures: MeasureWith("\"recipientGroups\": [\"mayors\"]")), "$.measures[0].recipientGroups[0]", "group-unknown" },
        { File(measures: Measure + ", " + Measure), "$.measures[1].id", "measure-id-duplicate" },
        { File(measures: Measure.Replace("\"RSB-01\"", "\"RSB 01 / x\"", StringComparison.Ordinal)), "$.measures[0].id", "measure-id-invalid" },
        { File(measures: Measure.Replace("\"id\": \"RSB-01\",", "", StringComparison.Ordinal)), "$.measures[0].id", "measure-id-missing" },
        { File(measures: Measure.Replace(", \"en\": \"Bag checks\"", "", StringComparison.Ordinal)), "$.measures[0].titles.en", "title-missing" },
        { File(measures: MeasureWith("\"objective\": { \"fr\": \"seulement en français\" }")), "$.measures[0].objective.en", "objective-missing" },
        { File(measures: MeasureWith("\"implementation\": { \"fr\": \"x\", \"en\": \"x\", \"de\": \"x\" }")), "$.measures[0].implementation.de", "language-unknown" },
        { File(measures: MeasureWith($"\"objective\": {{ \"fr\": \"{new string('o', 4001)}\", \"en\": \"o\" }}")), "$.measures[0].objective.fr", "text-too-long" },
        { File(measures: Measure.Replace("\"public\": true,", "", StringComparison.Ordinal)), "$.measures[0].public", "public-missing" },
        { File(measures: Measure.Replace("\"vigilance\"", "\"rouge\"", StringComparison.Ordinal)), "$.measures[0].fromLevel", "from-level-unknown" },
        { File(measures: "null"), "$.measures[0]", "measure-null" },
        { File(domains: Domain + ", " + Domain.Replace("RSB", "RSX", StringComparison.Ordinal)), "$.domains[1].id", "domain-id-duplicate" },
        { File(domains: Domain + ", " + Domain.Replace("\"gatherings\"", "\"crowds\"", StringComparison.Ordinal)), "$.domains[1].code", "domain-code-duplicate" },
        { File(domains: Domain.Replace("\"gatherings\"", "\"Gatherings!\"", StringComparison.Ordinal)), "$.domains[0].id", "domain-id-invalid" },
        { File(domains: Domain.Replace("\"RSB\"", "\"rsb\"", StringComparison.Ordinal)), "$.domains[0].code", "domain-code-invalid" },
        { File(domains: Domain.Replace(", \"en\": \"Gatherings\"", "", StringComparison.Ordinal)), "$.domains[0].titles.en", "domain-title-missing" },
        { File(domains: "null"), "$.domains[0]", "domain-null" },
        { """{ "scheme": "vigipirate", "measures": [] }""", "$.domains", "domains-missing" },
        { File(scheme: "uk-threat-level"), "$.scheme", "scheme-mismatch" },
        { File() + " trailing", "$", "json-malformed" },
        { File().Replace("\"public\": true", "\"public\": \"yes\"", StringComparison.Ordinal), "$.measures[0].public", "json-malformed" },
        { File().Replace("\"fromLevel\"", "\"from_level\"", StringComparison.Ordinal), "$.measures[0].from_level", "json-malformed" },
        { "[]", "$", "json-malformed" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_malformed_catalogue_is_refused_naming_the_path_and_rule(string json, string path, string rule)
    {
        var issues = IssuesOf(json);

        Assert.Contains(issues, i => i.Path == path && i.Rule == rule);
    }

    [Fact]
    public void An_oversized_file_is_refused_before_it_is_parsed()
    {
        var json = File() + new string(' ', MeasureCatalogueReader.MaxLength);

        var issue = Assert.Single(IssuesOf(json));

        Assert.Equal("catalogue-too-large", issue.Rule);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        var json = File(measures: """
            { "id": "X-1", "domain": "weather", "titles": { "fr": "t" }, "public": true, "fromLevel": "rouge" },
            { "id": "X-1", "domain": "gatherings", "titles": { "fr": "t", "en": "t" }, "fromLevel": "vigilance", "sectors": ["tourism"] }
            """);

        var rules = IssuesOf(json).Select(i => i.Rule).Order(StringComparer.Ordinal);

        Assert.Equal(["domain-undeclared", "from-level-unknown", "measure-id-duplicate", "public-missing", "sector-unknown", "title-missing"], rules);
    }

    [Fact]
    public void A_file_read_for_its_own_scheme_names_an_unknown_one_plainly()
    {
        var (_, issues) = PlanCatalogue.Default.ReadMeasures(File(scheme: "atlantis"));

        Assert.Equal("scheme-unknown", Assert.Single(issues).Rule);
    }

    [Fact]
    public void A_catalogue_replaces_the_measures_of_its_scheme_only()
    {
        var replacement = MeasureCatalogueReader.Read(File(), Vigipirate).Catalogue!;

        var plan = PlanCatalogue.Default.WithMeasures([replacement]);

        Assert.Equal((1, PlanCatalogue.Default.MeasuresOf("vigipirate").Measures.Count > 100), (plan.MeasuresOf("vigipirate").Measures.Count,
            PlanCatalogue.Default.MeasuresOf("vigipirate").Measures.Count > 100));
    }
}
