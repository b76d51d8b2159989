namespace Tocsin.Cli.Tests.Docs;

/// <summary>One fenced <c>```sh</c> (or other runnable language) block of a Markdown file, and why it is not run when it carries a
/// <c>&lt;!-- not-run: reason --&gt;</c> marker on the line before it (blank lines between are allowed), and the
/// fragments its output must contain, one <c>&lt;!-- expect: text --&gt;</c> marker each before it.</summary>
public sealed record ShellExample(string File, int Line, string Language, string Code, string? NotRunReason)
{
    /// <summary>Text the block's output (standard output and error together) must contain, in any order.</summary>
    public IReadOnlyList<string> Expected { get; init; } = [];

    public override string ToString() => $"{File}:{Line}";
}
