using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

public sealed class ExternalReferenceRuleTests
{
    [Theory]
    [InlineData("""[{"source_name":"ACME","description":"Threat report","url":"http://example.com/r.pdf","hashes":{"SHA-256":"6db12788c37247f2316052e142f42f4b259d6561751e5f401a1ae2a6df9c674b"}}]""", null, null, null)]
    [InlineData("""[{"source_name":"capec","external_id":"CAPEC-550"}]""", null, null, null)]
    [InlineData("""[{"source_name":"cve","external_id":"CVE-2014-0160"}]""", null, null, null)]
    [InlineData("""[{"source_name":"a","description":"b"},{"description":"c"}]""", "required", "$.external_references[1].source_name", ValidationSeverity.Error)]
    [InlineData("""[{"source_name":"ACME"}]""", "external-reference-content", "$.external_references[0]", ValidationSeverity.Error)]
    [InlineData("""[{"source_name":"ACME","url":"example.com/report"}]""", "url-format", "$.external_references[0].url", ValidationSeverity.Error)]
    [InlineData("""[{"source_name":"ACME","url":"/report.pdf"}]""", "url-format", "$.external_references[0].url", ValidationSeverity.Error)]
    [InlineData("""[{"source_name":"capec","external_id":"550"}]""", "external-id-format", "$.external_references[0].external_id", ValidationSeverity.Error)]
    [InlineData("""[{"source_name":"cve","external_id":"CVE-14-0160"}]""", "external-id-format", "$.external_references[0].external_id", ValidationSeverity.Error)]
    [InlineData("""[{"source_name":"ACME","url":"http://a.example","hashes":{}}]""", "empty-dictionary", "$.external_references[0].hashes", ValidationSeverity.Error)]
    [InlineData("""[{"source_name":"ACME","url":"http://a.example","hashes":{"SHA 256":"ab"}}]""", "hash-key-format", "$.external_references[0].hashes['SHA 256']", ValidationSeverity.Error)]
    [InlineData("""[{"source_name":"ACME","url":"http://a.example","hashes":{"SHA-256":1}}]""", "property-type", "$.external_references[0].hashes['SHA-256']", ValidationSeverity.Error)]
    [InlineData("""[{"source_name":"ACME","url":"http://a.example","hashes":{"sha256":"ab"}}]""", "hash-algorithm", "$.external_references[0].hashes.sha256", ValidationSeverity.Warning)]
    [InlineData("""[]""", "empty-list", "$.external_references", ValidationSeverity.Error)]
    [InlineData("""["http://a.example"]""", "property-type", "$.external_references[0]", ValidationSeverity.Error)]
    public void External_references_follow_the_spec(string json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of("sdo").Set("external_references", json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }
}
