namespace Tocsin.Cli.Tests.Docs;

/// <summary>The markers before a shell block: what it must print, and why it is not run.</summary>
public sealed class MarkdownShellExamplesTests
{
    [Fact]
    public void Expect_markers_before_a_block_are_its_expected_output_and_stop_at_the_next_block()
    {
        using var sandbox = new CliSandbox();
        var path = sandbox.WriteFile("doc.md", """
            Text.

            <!-- expect: validate: 1 file(s) -->
            <!-- expect: "api_roots" -->
            ```sh
            tocsin validate x.json
            ```

            <!-- not-run: needs a release build -->
            ```sh
            build/release.sh
            ```
            """);

        var examples = MarkdownShellExamples.Read(sandbox.Root, path);

        Assert.Equal(("validate: 1 file(s) | \"api_roots\"", 0, "needs a release build"),
            (string.Join(" | ", examples[0].Expected), examples[1].Expected.Count, examples[1].NotRunReason));
    }
}
