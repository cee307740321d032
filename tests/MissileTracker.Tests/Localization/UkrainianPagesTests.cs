using System.Net;
using AngleSharp.Dom;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Localization;

/// <summary>
/// Ukrainian pages show no untranslated UI text: no text node or label attribute equals an English key of the shared
/// resource (whose Ukrainian differs), apart from names that stay as they are.
/// </summary>
public sealed class UkrainianPagesTests : IDisposable
{
    // Words that are the same in both languages, or that the pages show as data (names, codes).
    private static readonly HashSet<string> Allowlist = ["API", "CSV", "GeoJSON", "JSON", "KN-23", "KN-24", "Hwasong-11", "PDF", "SHA-256", "MissileTracker",
        // Data, not UI: a known official's role is recorded as "Official".
        "Official"];

    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> Pages() =>
    [
        "/uk/",
        "/uk/?oblast=Kharkiv&from=2024-01-01",
        "/uk/map",
        "/uk/stats",
        $"/uk/strikes/{KnownEvidence.KharkivStrikeId}",
        "/uk/officials",
        $"/uk/officials/{KnownEvidence.KirbyId}",
        "/uk/reports",
        "/uk/reports/1",
        "/uk/claims",
        "/uk/airforce",
        "/uk/statements/1/history",
        "/uk/account/login",
        "/uk/no-such-page",
        "/uk/methodology",
        "/uk/releases",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_Ukrainian_page_has_no_untranslated_UI_text(string url)
    {
        var english = TranslationCoverageTests.Translations()
            .Where(t => t.Key != t.Value && !Allowlist.Contains(t.Key) && t.Key.Length > 2 && !t.Key.Contains('{', StringComparison.Ordinal))
            .Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

        var (response, page) = await _app.CreateClient().GetPageAsync(url);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.NotFound);
        page.DocumentElement.GetAttribute("lang").Should().Be("uk");
        var untranslated = Texts(page).Where(english.Contains).Distinct().ToList();
        var where = page.Body!.Descendants().OfType<IText>().Where(t => untranslated.Contains(t.Text.Trim())).Select(t => t.ParentElement?.ParentElement?.OuterHtml);
        untranslated.Should().BeEmpty($"{url} is in Ukrainian; found in {string.Join(" | ", where)}");
        page.Title.Should().NotBeNullOrWhiteSpace();
    }

    // Headings, labels, buttons, legends and table headers are UI, never data: each must read in Ukrainian.
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_Ukrainian_page_has_no_English_headings_labels_or_buttons(string url)
    {
        var (_, page) = await _app.CreateClient().GetPageAsync(url);

        EnglishUiElements(page).Should().BeEmpty(url);
    }

    /// <summary>Staff pages in Ukrainian, read by a signed-in editor, reviewer and admin.</summary>
    public static TheoryData<string> StaffPages() =>
    [
        "/uk/editor",
        // The editor forms, new and filled in from the reference data (KnownEvidence: report 1 covers the Kharkiv strike; statement 1 quotes it).
        "/uk/editor/strikes",
        $"/uk/editor/strikes?reportId=1",
        $"/uk/editor/strikes/{KnownEvidence.KharkivStrikeId}",
        "/uk/editor/statements?reportId=1",
        "/uk/editor/statements/1",
        "/uk/editor/reports/new",
        "/uk/editor/reports/1",
    ];

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task A_Ukrainian_staff_page_has_no_untranslated_UI_text(string url)
    {
        var client = await _app.SignedInClientAsync("uk-editor", Roles.Editor, Roles.Reviewer, Roles.Admin);

        var (response, page) = await client.GetPageAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        ShouldBeInUkrainian(url, page);
    }

    internal static void ShouldBeInUkrainian(string url, IDocument page)
    {
        var english = TranslationCoverageTests.Translations()
            .Where(t => t.Key != t.Value && !Allowlist.Contains(t.Key) && t.Key.Length > 2 && !t.Key.Contains('{', StringComparison.Ordinal))
            .Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        page.DocumentElement.GetAttribute("lang").Should().Be("uk");
        Texts(page).Where(english.Contains).Distinct().Should().BeEmpty($"{url} is in Ukrainian");
        EnglishUiElements(page).Should().BeEmpty(url);
    }

    // An element reads as English when it has a Latin word of three letters or more outside the allowlist and no Cyrillic.
    private static IEnumerable<string> EnglishUiElements(IDocument page) =>
        page.Body!.QuerySelectorAll("h1, h2, h3, label, button, legend, th, summary, .btn")
            .Where(e => e.Closest("[lang='en'], [translate='no'], .data-value") is null)
            .Select(e => e.TextContent.Trim())
            .Where(text => !text.Any(c => c is >= '\u0400' and <= '\u04FF')
                && System.Text.RegularExpressions.Regex.Matches(text, "[A-Za-z][A-Za-z-]{2,}").Any(m => !Allowlist.Contains(m.Value)))
            .Distinct();

    [Fact]
    public async Task Dates_figures_and_oblasts_are_in_Ukrainian_on_the_Ukrainian_strike_page()
    {
        var client = _app.CreateClient();

        var (_, uk) = await client.GetPageAsync($"/uk/strikes/{KnownEvidence.KharkivStrikeId}");
        var (_, en) = await client.GetPageAsync($"/strikes/{KnownEvidence.KharkivStrikeId}");

        en.QuerySelector("h1")!.TextContent.Should().Contain("Jan 2024").And.Contain("Kharkiv Oblast");
        uk.QuerySelector("h1")!.TextContent.Should().Contain("2024").And.Contain("Харківська область").And.NotContain("Jan");
        uk.QuerySelector("h2#details-heading")!.TextContent.Should().Be("Подробиці");
    }

    [Fact]
    public async Task Form_validation_messages_on_a_Ukrainian_page_are_Ukrainian()
    {
        var client = _app.CreateClient();
        var (_, form) = await client.GetPageAsync("/uk/account/login");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/uk/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "",
            ["Input.Password"] = "",
        }));
        var page = await response.ParseAsync();

        page.QuerySelector("label[for=Input_Email]")!.TextContent.Should().Be("Електронна пошта");
        page.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.Should().Be("Поле «Електронна пошта» обов'язкове.");
    }

    // Text nodes and the attributes people read (labels for screen readers, placeholders, tooltips), trimmed.
    private static IEnumerable<string> Texts(IDocument page)
    {
        var body = page.Body!;
        foreach (var node in body.Descendants().OfType<IText>())
        {
            if (node.ParentElement?.LocalName is "script" or "style" or "code")
            {
                continue;
            }
            yield return node.Text.Trim().TrimEnd(':').Trim();
            yield return node.Text.Trim();
        }
        foreach (var element in body.Descendants<IElement>())
        {
            foreach (var attribute in new[] { "aria-label", "placeholder", "title" })
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    yield return value.Trim();
                }
            }
        }
        yield return page.Title ?? "";
    }
}
