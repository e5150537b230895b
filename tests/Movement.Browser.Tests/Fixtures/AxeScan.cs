using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Movement.Browser.Tests.Fixtures;

/// <summary>Runs axe-core with the WCAG 2.0, 2.1 and 2.2 level A and AA rules and explains each violation.</summary>
public static class AxeScan
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    public static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        return result.Violations;
    }

    /// <summary>Every violation with its id, impact, help text and the selectors of the failing nodes, so a fix is easy.</summary>
    public static string Describe(string page, IReadOnlyList<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found {violations.Count} violation(s) on {page}:\n");
        foreach (var violation in violations)
        {
            text.Append($"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]\n");
            foreach (var node in violation.Nodes)
            {
                text.Append($"    at {node.Target}: {node.Html}\n");
            }
        }

        return text.ToString();
    }
}
