namespace Tocsin.Core.Plan.Schemes;

/// <summary>One problem found in a plan data file (scheme or measures catalogue).</summary>
/// <param name="Path">JSONPath of the offending value, e.g. <c>$.levels[1].colour</c>.</param>
/// <param name="Rule">Stable rule code, e.g. <c>level-key-duplicate</c>; tests and tools match on it.</param>
/// <param name="Message">What is wrong, in words a person understands.</param>
public sealed record SchemeIssue(string Path, string Rule, string Message)
{
    /// <summary>Compiler-style one-liner: <c>$.path: message [rule]</c>.</summary>
    public override string ToString() => $"{Path}: {Message} [{Rule}]";
}
