using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

/// <summary>One row per per-type rule: the base object of each kind is valid; each row breaks (or keeps)
/// one rule.</summary>
public sealed class TypeRuleTests
{
    [Theory]
    [InlineData("sdo", "valid_until", "\"2017-01-01T00:00:00Z\"", null, null, null)]
    [InlineData("sdo", "valid_until", "\"2016-01-01T00:00:00Z\"", "time-order", "$.valid_until", ValidationSeverity.Error)]
    [InlineData("sdo", "pattern", null, "required", "$.pattern", ValidationSeverity.Error)]
    [InlineData("sdo", "pattern", "\"[file:name = 'x'\"", "pattern-syntax", "$.pattern", ValidationSeverity.Error)]
    [InlineData("sdo", "pattern", "42", "property-type", "$.pattern", ValidationSeverity.Error)]
    [InlineData("sdo", "pattern_type", "\"yara\"", null, null, null)]
    [InlineData("sdo", "pattern_type", "5", "property-type", "$.pattern_type", ValidationSeverity.Error)]
    [InlineData("sdo", "pattern_type", "[\"stix\"]", "property-type", "$.pattern_type", ValidationSeverity.Error)]
    [InlineData("sdo", "pattern_type", "\"acme-rules\"", "vocabulary-value", "$.pattern_type", ValidationSeverity.Warning)]
    [InlineData("sdo", "indicator_types", "[\"malicious-activity\",\"evil\"]", "vocabulary-value", "$.indicator_types[1]", ValidationSeverity.Warning)]
    [InlineData("sdo", "kill_chain_phases", "[{\"kill_chain_name\":\"mitre-attack\"}]", "kill-chain-phase", "$.kill_chain_phases[0].phase_name", ValidationSeverity.Error)]
    [InlineData("sdo", "kill_chain_phases", "[{\"kill_chain_name\":\"Mitre Attack\",\"phase_name\":\"x\"}]", "kill-chain-phase-format", "$.kill_chain_phases[0].kill_chain_name", ValidationSeverity.Warning)]
    [InlineData("sdo", "valid_from", "\"yesterday\"", "timestamp-format", "$.valid_from", ValidationSeverity.Error)]
    [InlineData("malware", "is_family", null, "required", "$.is_family", ValidationSeverity.Error)]
    [InlineData("malware", "is_family", "\"yes\"", "property-type", "$.is_family", ValidationSeverity.Error)]
    [InlineData("malware", "name", null, "required", "$.name", ValidationSeverity.Error)]
    [InlineData("malware", "last_seen", "\"2015-01-01T00:00:00Z\"", "time-order", "$.last_seen", ValidationSeverity.Error)]
    [InlineData("malware", "last_seen", "\"2016-01-01T00:00:00Z\"", null, null, null)]
    [InlineData("malware", "sample_refs", "[\"ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4\"]", "ref-target-type", "$.sample_refs[0]", ValidationSeverity.Error)]
    [InlineData("location", "latitude", "91", "value-range", "$.latitude", ValidationSeverity.Error)]
    [InlineData("location", "longitude", "-180.5", "value-range", "$.longitude", ValidationSeverity.Error)]
    [InlineData("location", "longitude", null, "property-dependency", "$.latitude", ValidationSeverity.Error)]
    [InlineData("location", "precision", "-1", "value-range", "$.precision", ValidationSeverity.Error)]
    [InlineData("location", "region", "\"Western Europe\"", "vocabulary-value", "$.region", ValidationSeverity.Warning)]
    [InlineData("observed-data", "number_observed", "0", "value-range", "$.number_observed", ValidationSeverity.Error)]
    [InlineData("observed-data", "number_observed", "1000000000", "value-range", "$.number_observed", ValidationSeverity.Error)]
    [InlineData("observed-data", "number_observed", "1.5", "property-type", "$.number_observed", ValidationSeverity.Error)]
    [InlineData("observed-data", "object_refs", null, "required-one-of", "$", ValidationSeverity.Error)]
    [InlineData("observed-data", "object_refs", "[]", "empty-list", "$.object_refs", ValidationSeverity.Error)]
    [InlineData("observed-data", "object_refs", "[\"indicator--26ffb872-1dd9-446e-b6f5-d58527e5b5d2\"]", "ref-target-type", "$.object_refs[0]", ValidationSeverity.Error)]
    [InlineData("observed-data", "last_observed", "\"2015-12-21T18:59:59Z\"", "time-order", "$.last_observed", ValidationSeverity.Error)]
    [InlineData("report", "object_refs", "[]", "empty-list", "$.object_refs", ValidationSeverity.Error)]
    [InlineData("report", "object_refs", null, "required", "$.object_refs", ValidationSeverity.Error)]
    [InlineData("report", "published", null, "required", "$.published", ValidationSeverity.Error)]
    [InlineData("sighting", "count", "5", null, null, null)]
    [InlineData("sighting", "count", "-1", "value-range", "$.count", ValidationSeverity.Error)]
    [InlineData("sighting", "count", "1000000000", "value-range", "$.count", ValidationSeverity.Error)]
    [InlineData("sighting", "first_seen", "\"2016-01-02T00:00:00Z\"", null, null, null)]
    [InlineData("relationship", "relationship_type", "\"Indicates\"", "relationship-type-format", "$.relationship_type", ValidationSeverity.Error)]
    [InlineData("relationship", "relationship_type", "\"uses\"", "relationship-suggested", "$.relationship_type", ValidationSeverity.Warning)]
    [InlineData("relationship", "relationship_type", "\"related-to\"", null, null, null)]
    [InlineData("relationship", "relationship_type", null, "required", "$.relationship_type", ValidationSeverity.Error)]
    [InlineData("relationship", "stop_time", "\"2016-01-01T00:00:00Z\"", null, null, null)]
    [InlineData("network-traffic", "src_port", "65536", "value-range", "$.src_port", ValidationSeverity.Error)]
    [InlineData("network-traffic", "protocols", null, "required", "$.protocols", ValidationSeverity.Error)]
    [InlineData("network-traffic", "src_ref", null, "required-one-of", "$", ValidationSeverity.Error)]
    [InlineData("network-traffic", "src_ref", "\"url--2568d22a-8998-48e5-9d6c-d8f3b5f4f6ff\"", "ref-target-type", "$.src_ref", ValidationSeverity.Error)]
    [InlineData("mac-addr", "value", "\"D2:FB:49:24:37:18\"", "value-format", "$.value", ValidationSeverity.Error)]
    [InlineData("mac-addr", "value", "\"d2-fb-49-24-37-18\"", "value-format", "$.value", ValidationSeverity.Error)]
    [InlineData("file", "hashes", "{\"MD5\":\"3773a88f65a5e780c8dff9cdc3a056f\"}", "hash-value-format", "$.hashes.MD5", ValidationSeverity.Error)]
    [InlineData("file", "hashes", "{\"SHA-256\":\"zz\"}", "hash-value-format", "$.hashes['SHA-256']", ValidationSeverity.Error)]
    [InlineData("file", "hashes", null, "required-one-of", "$", ValidationSeverity.Error)]
    [InlineData("file", "size", "-3", "value-range", "$.size", ValidationSeverity.Error)]
    [InlineData("file", "magic_number_hex", "\"FFD8\"", "hex-format", "$.magic_number_hex", ValidationSeverity.Error)]
    [InlineData("file", "parent_directory_ref", "\"file--58b737df-921c-51f4-a2ec-a0f68ea8b3d3\"", "ref-target-type", "$.parent_directory_ref", ValidationSeverity.Error)]
    [InlineData("extension-definition", "extension_types", "[\"new-thing\"]", "enum-value", "$.extension_types[0]", ValidationSeverity.Error)]
    [InlineData("extension-definition", "extension_types", "[5]", "property-type", "$.extension_types[0]", ValidationSeverity.Error)]
    [InlineData("extension-definition", "extension_types", "[{\"t\":\"new-sdo\"},\"property-extension\"]", "property-type", "$.extension_types[0]", ValidationSeverity.Error)]
    [InlineData("extension-definition", "created_by_ref", null, "required", "$.created_by_ref", ValidationSeverity.Error)]
    [InlineData("extension-definition", "schema", null, "required", "$.schema", ValidationSeverity.Error)]
    [InlineData("extension-definition", "extension_properties", "[\"x\"]", "extension-shape", "$.extension_properties", ValidationSeverity.Warning)]
    [InlineData("language-content", "contents", "{\"not a tag!\":{\"name\":\"x\"}}", "lang-format", "$.contents['not a tag!']", ValidationSeverity.Error)]
    [InlineData("language-content", "object_ref", null, "required", "$.object_ref", ValidationSeverity.Error)]
    public void Type_rules_follow_the_spec(string kind, string property, string? json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of(kind).Set(property, json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }

    [Theory]
    [InlineData("sdo")]
    [InlineData("sco")]
    [InlineData("file")]
    [InlineData("relationship")]
    [InlineData("sighting")]
    [InlineData("location")]
    [InlineData("observed-data")]
    [InlineData("malware")]
    [InlineData("report")]
    [InlineData("network-traffic")]
    [InlineData("mac-addr")]
    [InlineData("extension-definition")]
    [InlineData("language-content")]
    public void Base_objects_are_valid(string kind)
    {
        var issues = StixValidator.Validate(StixJson.Of(kind).Build());

        IssueAssert.Reports(issues, null, null, null);
    }

    [Fact]
    public void An_sco_id_that_does_not_match_its_contributing_properties_is_a_warning()
    {
        var stixObject = StixJson.Of("sco").Set("value", "\"198.51.100.4\"").Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, "sco-id-mismatch", "$.id", ValidationSeverity.Warning);
    }

    [Fact]
    public void Tocsin_extension_rules_run_through_the_one_entry_point()
    {
        var stixObject = StixJson.Of("sdo")
            .Set("extensions", """{"extension-definition--8b07da4d-51da-4cd7-9991-5a8cb9038146":{"extension_type":"property-extension","basis":"rumour"}}""")
            .Build();

        var issues = StixValidator.Validate(stixObject);

        Assert.Contains(issues, i => i.Path.StartsWith("$.extensions['extension-definition--8b07da4d", StringComparison.Ordinal) && i.Severity == ValidationSeverity.Error);
    }
}
