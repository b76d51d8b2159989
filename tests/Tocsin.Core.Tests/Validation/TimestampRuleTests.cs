using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

public sealed class TimestampRuleTests
{
    [Theory]
    [InlineData("sdo", "created", "\"2016-04-06T20:03:48.123456Z\"", "modified-before-created", "$.modified", ValidationSeverity.Error)]
    [InlineData("sdo", "created", "\"2016-04-06T20:03:47.999Z\"", null, null, null)]
    [InlineData("sdo", "created", null, "required", "$.created", ValidationSeverity.Error)]
    [InlineData("sdo", "modified", null, "required", "$.modified", ValidationSeverity.Error)]
    [InlineData("sdo", "created", "\"2016-04-06 20:03:48.000Z\"", "timestamp-format", "$.created", ValidationSeverity.Error)]
    [InlineData("sdo", "created", "\"2016-04-06T20:03:48.000+00:00\"", "timestamp-format", "$.created", ValidationSeverity.Error)]
    [InlineData("sdo", "created", "\"2022-101-27T13:49:54.326Z\"", "timestamp-format", "$.created", ValidationSeverity.Error)]
    [InlineData("sdo", "created", "\"2016-04-06T20:03:48Z\"", "timestamp-precision", "$.created", ValidationSeverity.Error)]
    [InlineData("sdo", "modified", "\"2016-04-06T20:03:48.1Z\"", "timestamp-precision", "$.modified", ValidationSeverity.Error)]
    [InlineData("sdo", "modified", "1460000000", "property-type", "$.modified", ValidationSeverity.Error)]
    [InlineData("marking", "created", null, "required", "$.created", ValidationSeverity.Error)]
    [InlineData("marking", "modified", "\"2022-10-01T00:00:00.000Z\"", "not-applicable-property", "$.modified", ValidationSeverity.Warning)]
    [InlineData("sco", "created", "\"2016-04-06T20:03:48.000Z\"", null, null, null)]
    public void Created_and_modified_follow_the_spec(string kind, string property, string? json, string? rule, string? path, ValidationSeverity? severity)
    {
        var stixObject = StixJson.Of(kind).Set(property, json).Build();

        var issues = StixValidator.Validate(stixObject);

        IssueAssert.Reports(issues, rule, path, severity);
    }
}
