using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

public sealed class MarkingDefinitionRuleTests
{
    private const string Tlp2 = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    [Theory]
    [InlineData("marking", "extensions", $$$"""{"{{{Tlp2}}}":{"extension_type":"property-extension","tlp_2_0":"amber+strict"}}""", null, null, null)]
    [InlineData("marking", "extensions", $$$"""{"{{{Tlp2}}}":{"extension_type":"property-extension","tlp_2_0":"white"}}""", "tlp2-value", $"$.extensions['{Tlp2}'].tlp_2_0", ValidationSeverity.Error)]
    [InlineData("marking", "extensions", null, "marking-definition-content", "$", ValidationSeverity.Error)]
    [InlineData("statement", "definition", """{"statement":"Copyright 2024"}""", null, null, null)]
    [InlineData("statement", "definition", """{"text":"Copyright 2024"}""", "marking-definition-content", "$.definition", ValidationSeverity.Error)]
    [InlineData("statement", "definition_type", "\"tlp\"", "tlp-instance", "$.definition", ValidationSeverity.Error)]
    [InlineData("statement", "labels", "[\"copyright\"]", "not-applicable-property", "$.labels", ValidationSeverity.Warning)]
    [InlineData("statement", "definition_type", "5", "property-type", "$.definition_type", ValidationSeverity.Error)]
    [InlineData("statement", "definition_type", "[\"tlp\"]", "property-type", "$.definition_type", ValidationSeverity.Error)]
    [InlineData("statement", "definition", "\"Copyright 2024\"", "property-type", "$.definition", ValidationSeverity.Error)]
    [InlineData("statement", "name", "{\"en\":\"x\"}", "property-type", "$.name", ValidationSeverity.Error)]
    public void Marking_definitions_follow_the_spec(string kind, string property, string? json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of(kind).Set(property, json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }

    [Theory] // #21: these ended validation with an exception
    [InlineData("21")]
    [InlineData("null")]
    [InlineData("[\"white\"]")]
    [InlineData("{\"level\":\"white\"}")]
    public void A_tlp_level_that_is_not_a_string_is_an_error_not_a_crash(string level)
    {
        var white = StixJson.Parse($$$"""
            {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
             "created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","name":"TLP:WHITE","definition":{"tlp":{{{level}}}}}
            """);

        var issues = StixValidator.Validate(white);

        IssueAssert.Reports(issues, "tlp-instance", "$.definition", ValidationSeverity.Error);
    }

    [Fact]
    public void The_published_tlp_1_markings_are_valid()
    {
        var green = StixJson.Parse("""
            {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
             "created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","name":"TLP:GREEN","definition":{"tlp":"green"}}
            """);

        var issues = StixValidator.Validate(green);

        IssueAssert.Reports(issues, null, null, null);
    }
}
