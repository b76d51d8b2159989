using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Tocsin.Browser.Tests;

/// <summary>axe-core over pages, for every room's tests: one line per violation of serious or critical impact, with
/// the page, the rule and the elements concerned, so a failure says what to fix.</summary>
public static class Axe
{
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

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

    /// <summary>The violations on the page as it stands, named <paramref name="where"/>.</summary>
    public static async Task<List<string>> OnPageAsync(IPage page, string where)
    {
        var found = new List<string>();
        // Only violations are read: axe then stops collecting the details of every passing and inapplicable node, which
        // on a large page is much of its time (axe-core's documented "resultTypes" option). Every rule still runs and
        // every violating node is still reported, with its impact.
        var result = await page.RunAxe(ViolationsOnly);
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            var targets = new StringBuilder();
            foreach (var node in violation.Nodes)
            {
                targets.Append(" [").Append(node.Target).Append(']');
            }

            found.Add($"{where}: {violation.Id} ({violation.Impact}) {violation.Help} —{targets}");
        }

        return found;
    }
}
