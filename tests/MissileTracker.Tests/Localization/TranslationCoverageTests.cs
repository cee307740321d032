using System.Text.RegularExpressions;
using System.Xml.Linq;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Localization;

/// <summary>
/// Every English text the pages look up (<c>L["…"]</c> in views, <c>Text.Of</c>/<c>Text.Format</c>, <c>Labels.Count</c>
/// and <c>Pager.For</c> nouns and DataAnnotations' <c>Name</c> and <c>ErrorMessage</c> in code) has a Ukrainian entry
/// in SharedResource.uk.resx, with the same placeholders.
/// </summary>
public sealed partial class TranslationCoverageTests
{
    private static readonly string Web = RepositoryFiles.PathOf("src", "MissileTracker.Web");

    [Fact]
    public void Every_key_used_has_a_Ukrainian_translation_with_the_same_placeholders()
    {
        var translations = Translations();
        var used = UsedKeys().ToList();
        used.Should().HaveCountGreaterThan(200, "the scan finds the keys of every page");

        used.Where(k => !translations.ContainsKey(k.Key)).Select(k => $"{k.File}: {k.Key}").Distinct().Order()
            .Should().BeEmpty("each key needs a <data> entry in Localization/SharedResource.uk.resx");
        translations.Where(t => Placeholders(t.Key) != Placeholders(t.Value.Split('|')[0]))
            .Select(t => t.Key).Should().BeEmpty("a translation keeps its {0}, {1} … placeholders");
        translations.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).Should().BeEmpty();
    }

    [Fact]
    public void Plural_nouns_have_the_three_Ukrainian_forms()
    {
        var translations = Translations();
        var plurals = UsedKeys().Where(k => k.Plural).Select(k => k.Key).Distinct().ToList();

        plurals.Should().Contain("{0} strikes");
        plurals.Where(p => translations.GetValueOrDefault(p)?.Split('|').Length != 3).Should().BeEmpty("one|few|many");
    }

    [Fact]
    public void No_two_keys_differ_only_by_case()
    {
        // The resource compiler keeps one of two names that differ only by case, silently.
        Translations().Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    internal static Dictionary<string, string> Translations() =>
        XDocument.Load(Path.Combine(Web, "Localization", "SharedResource.uk.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string Placeholders(string text) =>
        string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order());

    private static IEnumerable<(string File, string Key, bool Plural)> UsedKeys()
    {
        foreach (var file in Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            var name = Path.GetRelativePath(Web, file);
            foreach (Match m in LookupPattern().Matches(source).Where(m => m.Groups["key"].Value != "{0} "))
            {
                yield return (name, Unescape(m.Groups["key"].Value), false);
            }
            foreach (Match m in PluralPattern().Matches(source))
            {
                yield return (name, "{0} " + Unescape(m.Groups["many"].Value), true);
            }
        }
    }

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    // L["…"], Text.Of("…"), Text.Format("…", …), [Display(Name = "…")], ErrorMessage = "…"
    [GeneratedRegex(@"(?:\bL\[|\bText\.(?:Of|Format)\(|\bDisplay\(\s*Name\s*=\s*|\bErrorMessage\s*=\s*)""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LookupPattern();

    // Labels.Count(n, "report", "reports"), Pager.For(request, page, "report", "reports")
    [GeneratedRegex(@"\b(?:Labels\.Count|Count|Pager\.For)\([^;""]*?""(?<one>(?:[^""\\]|\\.)*)"",\s*""(?<many>(?:[^""\\]|\\.)*)""\)")]
    private static partial Regex PluralPattern();
}
