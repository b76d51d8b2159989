namespace Tocsin.Core.Stix;

/// <summary>One problem found in one STIX object.</summary>
/// <param name="Severity">Error for a MUST, warning for a SHOULD.</param>
/// <param name="ObjectId">The object's <c>id</c> as written, or null when it has none usable.</param>
/// <param name="Path">JSONPath of the offending value relative to the object, e.g. <c>$.created_by_ref</c>.</param>
/// <param name="Rule">Stable rule code, e.g. <c>id-format</c>; tests and tools match on it.</param>
/// <param name="Message">What is wrong, in words a person understands.</param>
public sealed record ValidationIssue(
    ValidationSeverity Severity,
    string? ObjectId,
    string Path,
    string Rule,
    string Message)
{
    /// <summary>Compiler-style one-liner: <c>object-id: $.path: message</c>.</summary>
    public override string ToString() =>
        $"{ObjectId ?? "(no id)"}: {Path}: {(Severity == ValidationSeverity.Error ? "error" : "warning")}: {Message} [{Rule}]";
}
