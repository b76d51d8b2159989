using Tocsin.Core.Plan.Schemes;

namespace Tocsin.Core.Tests.Plan;

public sealed class BrokenSchemeTests
{
    private const string Broken = """
        {
          "id": "Broken Scheme",
          "names": { "fr": "Cassé" },
          "country": "FR",
          "languages": [ "fr", "en" ],
          "baseline": "nowhere",
          "levels": [
            { "key": "low", "rank": 1, "names": { "fr": "Bas", "en": "Low" }, "colour": "#00ff00",
              "descriptions": { "fr": "d", "en": "d" }, "capEvent": { "fr": "e", "en": "e" },
              "urgency": "Soon", "severity": "Minor", "certainty": "Possible", "expiryRequired": false },
            { "key": "low", "rank": 3, "names": { "fr": "Haut" }, "colour": "#FF0000",
              "descriptions": { "fr": "d", "en": "d" }, "capEvent": { "fr": "e" },
              "urgency": "Immediate", "severity": "Catastrophic", "certainty": "Sure",
              "maximumDuration": "30 days", "expiryRequired": false }
          ]
        }
        """;

    [Fact]
    public void A_broken_scheme_file_reports_every_problem_at_once()
    {
        var result = AlertSchemeReader.Read(Broken);

        Assert.Equal(
            [
                "baseline-unknown", "cap-event-missing", "certainty-unknown", "colour-format", "country-format",
                "duration-format", "level-key-duplicate", "level-name-missing", "name-missing", "ranks-not-contiguous",
                "scheme-id-format", "severity-unknown", "territory-set-missing", "urgency-unknown",
            ],
            result.Issues.Select(i => i.Rule).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_broken_scheme_file_gives_no_scheme()
    {
        var result = AlertSchemeReader.Read(Broken);

        Assert.Null(result.Scheme);
    }

    [Fact]
    public void Each_problem_points_at_the_offending_value()
    {
        var result = AlertSchemeReader.Read(Broken);

        Assert.Contains(result.Issues, i => i is { Rule: "colour-format", Path: "$.levels[0].colour" });
    }

    [Fact]
    public void A_missing_name_names_the_language()
    {
        var result = AlertSchemeReader.Read(Broken);

        Assert.Contains(result.Issues, i => i is { Rule: "level-name-missing", Path: "$.levels[1].names.en" });
    }

    [Fact]
    public void An_issuer_missing_a_language_names_it()
    {
        var json = Broken.Replace("\"country\": \"FR\",", "\"issuer\": { \"fr\": \"Premier ministre\" }, \"country\": \"FR\",", StringComparison.Ordinal);

        var result = AlertSchemeReader.Read(json);

        Assert.Contains(result.Issues, i => i is { Rule: "issuer-missing", Path: "$.issuer.en" });
    }

    [Fact]
    public void Malformed_JSON_is_one_problem()
    {
        var result = AlertSchemeReader.Read("{ \"id\": ");

        Assert.Equal("json-malformed", Assert.Single(result.Issues).Rule);
    }

    [Fact]
    public void A_maximum_duration_without_a_required_expiry_is_a_problem()
    {
        var json = Broken.Replace("\"30 days\"", "\"P30D\"", StringComparison.Ordinal);

        var result = AlertSchemeReader.Read(json);

        Assert.Contains(result.Issues, i => i.Rule == "duration-without-expiry");
    }
}
