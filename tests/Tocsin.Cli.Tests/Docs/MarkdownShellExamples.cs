using System.Text;
using System.Text.RegularExpressions;

namespace Tocsin.Cli.Tests.Docs;

/// <summary>Reads the <c>```sh</c> and <c>```python</c> blocks of a Markdown file in the order printed.</summary>
public static partial class MarkdownShellExamples
{
    /// <summary>Every shell block of <paramref name="path"/>, named relative to <paramref name="root"/>.</summary>
    public static IReadOnlyList<ShellExample> Read(string root, string path)
    {
        var name = Path.GetRelativePath(root, path);
        var lines = File.ReadAllLines(path);
        var examples = new List<ShellExample>();
        string? pendingReason = null;
        var pendingExpected = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (NotRun().Match(line) is { Success: true } marker)
            {
                pendingReason = marker.Groups["reason"].Value.Trim();
                continue;
            }

            if (Expect().Match(line) is { Success: true } expected)
            {
                pendingExpected.Add(expected.Groups["text"].Value);
                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var info = line[3..].Trim();
                var start = i;
                var code = new StringBuilder();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                {
                    code.Append(lines[i]).Append('\n');
                }

                if (info is "sh" or "bash" or "shell" or "python")
                {
                    examples.Add(new ShellExample(name, start + 1, info, code.ToString(), pendingReason) { Expected = [.. pendingExpected] });
                }

                pendingReason = null;
                pendingExpected.Clear();
                continue;
            }

            if (line.Trim().Length > 0)
            {
                pendingReason = null;
                pendingExpected.Clear();
            }
        }

        return examples;
    }

    [GeneratedRegex(@"^<!--\s*not-run:\s*(?<reason>.+?)\s*-->\s*$")]
    private static partial Regex NotRun();

    /// <summary><c>&lt;!-- expect: text --&gt;</c>: the text is taken as written, inner spaces included.</summary>
    [GeneratedRegex(@"^<!--\s*expect:\s(?<text>.+?)\s*-->\s*$")]
    private static partial Regex Expect();
}
