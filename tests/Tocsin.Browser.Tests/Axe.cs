using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>axe-core over pages, for every room's tests: one line per violation of serious or critical impact, with
/// the page, the rule and the elements concerned, so a failure says what to fix.</summary>
/// <remarks>axe-core is the copy the Deque package bundles, run with <c>axe.run</c> in the page itself. The package's
/// own runner gathers each frame's partial results and finishes the run in a page it opens for the purpose, which
/// cost about two seconds per page checked (most of the browser tests' time) on pages of a few hundred elements; the
/// same rules run here, on every frame, in a tenth of it.</remarks>
public static class Axe
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    // Only violations are collected (axe-core's documented "resultTypes" option): axe then stops gathering the details
    // of every passing and inapplicable node. Every rule still runs and every violating node is still reported.
    private const string Run = """
        async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => JSON.stringify(n.target)) })));
        }
        """;

    /// <summary>Visits each path of <paramref name="server"/> and returns the violations found on all of them.</summary>
    public static async Task<List<string>> ViolationsAsync(IPage page, Uri server, IEnumerable<string> paths)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(new Uri(server, path).ToString());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            found.AddRange(await OnPageAsync(page, path));
        }

        return found;
    }

    /// <summary>The serious and critical violations on the page as it stands, named <paramref name="where"/>.</summary>
    public static async Task<List<string>> OnPageAsync(IPage page, string where)
    {
        // Into every frame: axe.run in the top document asks each frame's own axe for its part.
        foreach (var frame in page.Frames)
        {
            await frame.EvaluateAsync(Source.Value);
            // A frame's document may have another origin than the page (or none, like about:blank's): let the frames
            // answer the top document whatever their origins, as the package's runner does.
            await frame.EvaluateAsync("() => axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] })");
        }

        var violations = JsonSerializer.Deserialize<Violation[]>(await page.EvaluateAsync<string>(Run), Json)!;
        return [.. violations.Select(v => $"{where}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(' ', v.Targets.Select(t => "[" + t + "]"))}")];
    }

    private sealed record Violation(string Id, string Impact, string Help, string[] Targets);
}
