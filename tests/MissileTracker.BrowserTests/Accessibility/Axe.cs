using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace MissileTracker.BrowserTests.Accessibility;

/// <summary>
/// Runs axe-core (npm <c>axe-core</c> 4.14.1, vendored beside this file with its MPL-2.0 licence) in a page
/// and reports the violations of the impacts that fail the build.
/// </summary>
public static class Axe
{
    /// <summary>The impacts issue 20 accepts none of.</summary>
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    private static readonly Lazy<string> Source = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe.min.js")));

    /// <summary>The serious and critical violations on the page as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, not as a <script> tag, so the app's CSP (no inline scripts) need not be bypassed.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary || '' })),
              })));
            }
            """);
        var violations = JsonSerializer.Deserialize<AxeViolation[]>(json)!;
        return violations.Where(v => FailingImpacts.Contains(v.Impact)).ToList();
    }

    /// <summary>One line per rule, then its first few elements: enough to find and fix each one.</summary>
    public static string Describe(string url, IEnumerable<AxeViolation> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{url}: {violation.Impact} {violation.Id} ({violation.Help}) on {violation.Nodes.Length} element(s)");
            foreach (var node in violation.Nodes.Take(3))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target}: {node.Summary.ReplaceLineEndings(" ")}");
            }
        }

        return text.ToString();
    }
}

public sealed record AxeViolation(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("impact")] string? Impact,
    [property: JsonPropertyName("help")] string Help,
    [property: JsonPropertyName("nodes")] AxeNode[] Nodes);

public sealed record AxeNode(
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("summary")] string Summary);
