using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

internal static class IssueAssert
{
    /// <summary>With a rule: that exact issue is reported. Without: nothing at all is reported.</summary>
    public static void Reports(IReadOnlyList<ValidationIssue> issues, string? rule, string? path, ValidationSeverity? severity)
    {
        var all = string.Join(Environment.NewLine, issues);
        if (rule is null)
        {
            Assert.True(issues.Count == 0, "Expected no issues, got:" + Environment.NewLine + all);
            return;
        }

        Assert.True(
            issues.Any(i => i.Rule == rule && i.Path == path && i.Severity == severity),
            $"Expected {severity} {rule} at {path}; got:{Environment.NewLine}{all}");
    }
}
