namespace Tocsin.Core.Stix;

/// <summary>Checks a STIX 2.1 object against the specification's rules and returns every problem
/// found (never stops at the first). Errors are MUSTs, warnings SHOULDs.</summary>
public static class StixValidator
{
    /// <summary>All problems of <paramref name="stixObject"/>; empty when it is valid.</summary>
    public static IReadOnlyList<ValidationIssue> Validate(StixObject stixObject)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        var issues = new List<ValidationIssue>();
        var id = string.IsNullOrEmpty(stixObject.Id) ? null : stixObject.Id;
        if (string.IsNullOrEmpty(stixObject.Type))
        {
            issues.Add(new ValidationIssue(ValidationSeverity.Error, id, "$.type", "required", "The required property 'type' is missing."));
        }

        if (!StixId.TryParse(stixObject.Id, out _))
        {
            issues.Add(new ValidationIssue(ValidationSeverity.Error, id, "$.id", "id-format", "'id' must be of the form type--UUID."));
        }

        return issues;
    }

    /// <summary>True when <paramref name="issues"/> holds at least one error.</summary>
    public static bool HasErrors(IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        foreach (var issue in issues)
        {
            if (issue.Severity == ValidationSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
