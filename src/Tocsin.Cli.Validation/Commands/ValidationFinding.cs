using Tocsin.Core.Stix;

namespace Tocsin.Cli.Commands;

/// <summary>One problem <c>tocsin validate</c> reports: a validation issue, an object that could not be
/// read, or a file that could not be opened.</summary>
/// <param name="File">The file as named on the command line.</param>
/// <param name="Index">Position in the bundle's <c>objects</c>, or null for the file as a whole.</param>
/// <param name="ObjectId">The object's id, when it has a usable one.</param>
/// <param name="Path">JSONPath within the object, or <c>$</c>.</param>
/// <param name="Severity">Error (a MUST, or unreadable input) or warning (a SHOULD).</param>
/// <param name="Rule">Stable rule or error code.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record ValidationFinding(string File, int? Index, string? ObjectId, string Path, ValidationSeverity Severity, string Rule, string Message)
{
    public bool IsError => Severity == ValidationSeverity.Error;

    public string Level => IsError ? "error" : "warning";
}
