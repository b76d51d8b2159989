namespace Tocsin.Cli.Tests.Docs;

/// <summary>One fenced <c>```sh</c> (or other runnable language) block of a Markdown file, and why it is not run when it carries a
/// <c>&lt;!-- not-run: reason --&gt;</c> marker on the line before it (blank lines between are allowed).</summary>
public sealed record ShellExample(string File, int Line, string Language, string Code, string? NotRunReason)
{
    public override string ToString() => $"{File}:{Line}";
}
