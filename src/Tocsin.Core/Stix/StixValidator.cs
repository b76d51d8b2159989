using Tocsin.Core.Stix.Extensions;
using Tocsin.Core.Stix.Validation;

namespace Tocsin.Core.Stix;

/// <summary>Checks a STIX 2.1 object against the specification's rules and returns every problem
/// found (never stops at the first). Errors are MUSTs, warnings SHOULDs.</summary>
/// <remarks>The rules common to all objects run first (<see cref="RuleCodes"/> lists their codes and
/// the clauses of STIX 2.1 Errata 01 they enforce) in one pass over the top-level properties, handing
/// each property of the object's type to that type's rules; then the type's combined rules, the SCO
/// deterministic-id check, and Tocsin's own extension rules (<see cref="TocsinExtensionRules"/>), so this
/// is the one entry point every way in (CLI, import, TAXII, ingest) uses. docs/validation.md lists every rule.
/// References are checked for syntax and, where the specification fixes it, for the type they point
/// to; whether the referenced object exists is not checked here.</remarks>
public static class StixValidator
{
    /// <summary>All problems of <paramref name="stixObject"/>, in document order of the property
    /// concerned, then the checks that combine properties; empty when it is valid.</summary>
    public static IReadOnlyList<ValidationIssue> Validate(StixObject stixObject)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        var rule = TypeRules.For(stixObject.Type);
        var context = new ValidationContext(stixObject, ObjectKind.Of(stixObject.Type, stixObject.Root)) { TypeRule = rule };
        CommonRules.Check(context);
        rule?.Finish(context);
        ScoIdRule.Check(context);
        if (context.Root.TryGetProperty("extensions", out _))
        {
            context.AddRange(TocsinExtensionRules.Check(stixObject));
        }

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
