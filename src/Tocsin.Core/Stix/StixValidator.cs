using Tocsin.Core.Stix.Validation;

namespace Tocsin.Core.Stix;

/// <summary>Checks a STIX 2.1 object against the specification's rules and returns every problem
/// found (never stops at the first). Errors are MUSTs, warnings SHOULDs.</summary>
/// <remarks>The rules common to all objects run first (<see cref="RuleCodes"/> lists their codes and
/// the clauses of STIX 2.1 Errata 01 they enforce); then the rules of the object's type, if any.
/// References are checked for syntax and, where the specification fixes it, for the type they point
/// to; whether the referenced object exists is not checked here.</remarks>
public static class StixValidator
{
    /// <summary>All problems of <paramref name="stixObject"/>, in document order of the property
    /// concerned, then the checks that combine properties; empty when it is valid.</summary>
    public static IReadOnlyList<ValidationIssue> Validate(StixObject stixObject)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        var context = new ValidationContext(stixObject, ObjectKind.Of(stixObject.Type, stixObject.Root));
        CommonRules.Check(context);
        TypeRules.For(stixObject.Type)?.Check(context);
        return context.Issues;
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
