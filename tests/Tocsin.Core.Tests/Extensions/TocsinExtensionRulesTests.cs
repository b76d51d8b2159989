using System.Text;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;
using Tocsin.Core.Stix.Extensions;

namespace Tocsin.Core.Tests.Extensions;

public sealed class TocsinExtensionRulesTests
{
    private const string Assertion = TocsinExtensions.AssertionId;
    private const string Terrorism = TocsinExtensions.TerrorismIncidentId;
    private const string IncidentCore = TocsinExtensions.OasisIncidentCoreId;

    [Fact]
    public void A_well_formed_assertion_has_no_issues()
    {
        var issues = TocsinExtensionRules.Check(Build(AssertionRelationship()));

        Assert.Empty(issues);
    }

    [Fact]
    public void A_well_formed_terrorist_incident_has_no_issues()
    {
        var issues = TocsinExtensionRules.Check(Build(TerroristIncident()));

        Assert.Empty(issues);
    }

    [Fact]
    public void An_object_without_extensions_has_no_issues()
    {
        var node = TerroristIncident();
        node.Remove("extensions");

        Assert.Empty(TocsinExtensionRules.Check(Build(node)));
    }

    [Theory]
    [InlineData("basis", null, "assertion-basis")]
    [InlineData("basis", "\"rumour\"", "assertion-basis")]
    [InlineData("basis", "\"Claim\"", "assertion-basis")]
    [InlineData("asserted_by_ref", null, "assertion-asserted-by-ref")]
    [InlineData("asserted_by_ref", "\"threat-actor--0d6e9a4b-7f07-4f0a-9a2c-5bb4f1a0c7a1\"", "assertion-asserted-by-ref")]
    [InlineData("asserted_by_ref", "\"identity--not-a-uuid\"", "assertion-asserted-by-ref")]
    [InlineData("asserted_at", null, "assertion-asserted-at")]
    [InlineData("asserted_at", "\"2024-03-25\"", "assertion-asserted-at")]
    [InlineData("report_ref", "\"note--2f6b0f53-4c43-4c5b-9a0e-2b8f2b1b5d51\"", "assertion-report-ref")]
    [InlineData("source_reliability", null, "admiralty-source-reliability")]
    [InlineData("source_reliability", "\"G\"", "admiralty-source-reliability")]
    [InlineData("source_reliability", "\"b\"", "admiralty-source-reliability")]
    [InlineData("source_reliability", "\"B2\"", "admiralty-source-reliability")]
    [InlineData("information_credibility", null, "admiralty-information-credibility")]
    [InlineData("information_credibility", "7", "admiralty-information-credibility")]
    [InlineData("information_credibility", "0", "admiralty-information-credibility")]
    [InlineData("information_credibility", "\"2\"", "admiralty-information-credibility")]
    [InlineData("information_credibility", "2.5", "admiralty-information-credibility")]
    [InlineData("extension_type", "\"new-sdo\"", "extension-type")]
    [InlineData("extension_type", null, "extension-type")]
    [InlineData("asserted_by", "\"France\"", "extension-unknown-property")]
    public void Assertion_errors(string property, string? json, string rule)
    {
        var node = AssertionRelationship();
        Set((JsonObject)node["extensions"]![Assertion]!, property, json);

        var issues = TocsinExtensionRules.Check(Build(node));

        Assert.Contains(issues, i => i.Rule == rule && i.Severity == ValidationSeverity.Error);
    }

    [Theory]
    [InlineData("relationship_type", "\"related-to\"", "assertion-relationship-type")]
    [InlineData("type", "\"sighting\"", "assertion-object-type")]
    public void Assertion_belongs_on_attributed_to_relationships(string property, string json, string rule)
    {
        var node = AssertionRelationship();
        Set(node, property, json);

        var issues = TocsinExtensionRules.Check(Build(node));

        Assert.Contains(issues, i => i.Rule == rule && i.Severity == ValidationSeverity.Error);
    }

    [Theory]
    [InlineData("B2", "40")]
    [InlineData("B2", null)]
    [InlineData("C6", "50")]
    public void Confidence_that_does_not_follow_from_the_grade_is_a_warning(string grade, string? confidence)
    {
        var node = AssertionRelationship();
        var extension = (JsonObject)node["extensions"]![Assertion]!;
        extension["source_reliability"] = grade[..1];
        extension["information_credibility"] = grade[1] - '0';
        Set(node, "confidence", confidence);

        var issues = TocsinExtensionRules.Check(Build(node));

        Assert.Equal(["assertion-confidence"], issues.Where(i => i.Severity == ValidationSeverity.Warning).Select(i => i.Rule));
    }

    [Fact]
    public void Credibility_6_without_confidence_is_fine()
    {
        var node = AssertionRelationship();
        node["extensions"]![Assertion]!["information_credibility"] = 6;
        node.Remove("confidence");

        Assert.Empty(TocsinExtensionRules.Check(Build(node)));
    }

    [Fact]
    public void Issue_paths_name_the_extension_and_property()
    {
        var node = AssertionRelationship();
        node["extensions"]![Assertion]!["basis"] = "rumour";

        var issue = Assert.Single(TocsinExtensionRules.Check(Build(node)));

        Assert.Equal($"$.extensions['{Assertion}'].basis", issue.Path);
    }

    [Theory]
    [InlineData("killed", "-1", "terrorism-count")]
    [InlineData("killed", "1.5", "terrorism-count")]
    [InlineData("killed", "\"137\"", "terrorism-count")]
    [InlineData("killed", "null", "terrorism-count")]
    [InlineData("injured", "-3", "terrorism-count")]
    [InlineData("perpetrator_count", "\"four\"", "terrorism-count")]
    [InlineData("attack_types", "[]", "terrorism-list")]
    [InlineData("attack_types", "\"arson\"", "terrorism-list")]
    [InlineData("target_types", "[\"\"]", "terrorism-list")]
    [InlineData("weapons", "[3]", "terrorism-list")]
    [InlineData("started_at", "\"22 March 2024\"", "terrorism-started-at")]
    [InlineData("extension_type", "\"toplevel-property-extension\"", "extension-type")]
    [InlineData("deaths", "137", "extension-unknown-property")]
    public void Terrorist_incident_errors(string property, string? json, string rule)
    {
        var node = TerroristIncident();
        Set((JsonObject)node["extensions"]![Terrorism]!, property, json);

        var issues = TocsinExtensionRules.Check(Build(node));

        Assert.Contains(issues, i => i.Rule == rule && i.Severity == ValidationSeverity.Error);
    }

    [Theory]
    [InlineData("killed", "0")]
    [InlineData("killed", null)]
    [InlineData("injured", null)]
    [InlineData("attack_types", null)]
    [InlineData("perpetrator_count", "0")]
    public void Zero_and_unknown_counts_are_fine(string property, string? json)
    {
        var node = TerroristIncident();
        Set((JsonObject)node["extensions"]![Terrorism]!, property, json);

        Assert.Empty(TocsinExtensionRules.Check(Build(node)));
    }

    [Fact]
    public void A_value_outside_a_vocabulary_is_a_warning()
    {
        var node = TerroristIncident();
        node["extensions"]![Terrorism]!["weapons"] = new JsonArray("crossbow");

        var issue = Assert.Single(TocsinExtensionRules.Check(Build(node)));

        Assert.Equal((ValidationSeverity.Warning, "terrorism-vocabulary"), (issue.Severity, issue.Rule));
    }

    [Fact]
    public void The_terrorist_incident_extension_belongs_on_incidents()
    {
        var node = TerroristIncident();
        node["type"] = "campaign";
        node["id"] = "campaign--0b5a5f0e-9d0e-4f44-8a4b-7d2b8d8c2a11";
        node["extensions"]!.AsObject().Remove(IncidentCore);

        var issues = TocsinExtensionRules.Check(Build(node));

        Assert.Equal(["terrorism-object-type"], issues.Select(i => i.Rule));
    }

    [Theory]
    [InlineData("determination", "\"completed\"", "incident-core-determination")]
    [InlineData("determination", null, "incident-core-determination")]
    [InlineData("investigation_status", null, "incident-core-investigation-status")]
    [InlineData("extension_type", "\"new-sdo\"", "extension-type")]
    public void Incident_core_errors(string property, string? json, string rule)
    {
        var node = TerroristIncident();
        Set((JsonObject)node["extensions"]![IncidentCore]!, property, json);

        var issues = TocsinExtensionRules.Check(Build(node));

        Assert.Contains(issues, i => i.Rule == rule && i.Severity == ValidationSeverity.Error);
    }

    [Fact]
    public void An_extension_that_is_not_an_object_is_an_error()
    {
        var node = AssertionRelationship();
        node["extensions"]![Assertion] = "claim";

        var issue = Assert.Single(TocsinExtensionRules.Check(Build(node)));

        Assert.Equal("extension-not-object", issue.Rule);
    }

    private static JsonObject AssertionRelationship() => JsonNode.Parse($$"""
        {
          "type": "relationship",
          "spec_version": "2.1",
          "id": "relationship--6b1c2f0e-3a55-4f0c-9d43-2f5f1c1d7e10",
          "created": "2024-03-25T12:00:00.000Z",
          "modified": "2024-03-25T12:00:00.000Z",
          "relationship_type": "attributed-to",
          "source_ref": "incident--0f3e2a1c-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
          "target_ref": "threat-actor--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
          "confidence": 70,
          "extensions": {
            "{{Assertion}}": {
              "extension_type": "property-extension",
              "asserted_by_ref": "identity--2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
              "basis": "assessment",
              "asserted_at": "2024-03-25T12:00:00.000Z",
              "report_ref": "report--3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
              "source_reliability": "B",
              "information_credibility": 2
            }
          }
        }
        """)!.AsObject();

    private static JsonObject TerroristIncident() => JsonNode.Parse($$"""
        {
          "type": "incident",
          "spec_version": "2.1",
          "id": "incident--0f3e2a1c-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
          "created": "2024-03-23T08:00:00.000Z",
          "modified": "2024-03-23T08:00:00.000Z",
          "name": "Attack on a concert hall",
          "extensions": {
            "{{IncidentCore}}": {
              "extension_type": "property-extension",
              "determination": "successful-attempt",
              "investigation_status": "open"
            },
            "{{Terrorism}}": {
              "extension_type": "property-extension",
              "attack_types": ["armed-assault", "arson"],
              "target_types": ["civilians-public", "entertainment-venue"],
              "weapons": ["firearms", "incendiary"],
              "killed": 137,
              "injured": 550,
              "perpetrator_count": 4,
              "started_at": "2024-03-22T17:00:00.000Z"
            }
          }
        }
        """)!.AsObject();

    /// <summary>Sets <paramref name="property"/> to the JSON <paramref name="json"/>, or removes it when null.</summary>
    private static void Set(JsonObject target, string property, string? json)
    {
        if (json is null)
        {
            target.Remove(property);
        }
        else
        {
            target[property] = JsonNode.Parse(json);
        }
    }

    private static StixObject Build(JsonObject node) => StixObject.FromTrusted(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
