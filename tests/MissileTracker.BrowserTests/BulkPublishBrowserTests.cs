using Microsoft.Playwright;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Accounts;

namespace MissileTracker.BrowserTests;

/// <summary>
/// Issue 13 items 7 and 8: an editor enters a strike the day after a stored one in the same oblast
/// and is warned with a link to it; a reviewer ticks two drafts on the desk with the keyboard and
/// publishes them with one reason; an anonymous visitor reads both.
/// </summary>
public sealed class BulkPublishBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Editor_is_warned_of_a_likely_duplicate_and_a_reviewer_publishes_two_drafts_at_once()
    {
        var editorEmail = await app.CreateStaffAsync("bulk-editor", Roles.Editor);
        var reviewerEmail = await app.CreateStaffAsync("bulk-reviewer", Roles.Reviewer);
        var editor = await app.NewVisitorAsync();
        await editor.SetViewportSizeAsync(1280, 900);
        await EditorWorkflowBrowserTests.SignInAsync(editor, editorEmail);

        var nightAfter = await EnterStrikeAsync(editor, "2024-01-07", "Kharkiv Oblast", "Kharkiv", "The governor reported a night attack on Kharkiv with ballistic missiles.");
        var warning = editor.Locator("#likely-duplicates");
        (await warning.InnerTextAsync()).Should().Contain($"Strike {KnownEvidence.KharkivStrikeId}").And.Contain("6 Jan 2024");
        await SnapBothWidthsAsync(editor, "editor-duplicate-warning");
        await warning.GetByRole(AriaRole.Link, new() { Name = $"Strike {KnownEvidence.KharkivStrikeId}" }).ClickAsync();
        await editor.WaitForURLAsync(url => url.EndsWith($"/editor/strikes/{KnownEvidence.KharkivStrikeId}", StringComparison.Ordinal));

        var odesa = await EnterStrikeAsync(editor, "2024-03-01", "Odesa Oblast", "Odesa", "Regional officials reported a ballistic missile strike on Odesa's port.");
        (await editor.Locator("#likely-duplicates").CountAsync()).Should().Be(0);

        var reviewer = await app.NewVisitorAsync();
        await reviewer.SetViewportSizeAsync(1280, 900);
        await EditorWorkflowBrowserTests.SignInAsync(reviewer, reviewerEmail);
        foreach (var id in new[] { nightAfter, odesa })
        {
            // Keyboard only: focus the box and press Space.
            await reviewer.Locator($"#select-strike-{id}").FocusAsync();
            await reviewer.Keyboard.PressAsync("Space");
            (await reviewer.Locator($"#select-strike-{id}").IsCheckedAsync()).Should().BeTrue();
        }

        await reviewer.GetByLabel("Reason, recorded in each record's history (optional)").FillAsync("Both checked against the governors' posts.");
        await SnapBothWidthsAsync(reviewer, "editor-desk-bulk-publish");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish selected" }).ClickAsync();
        await reviewer.WaitForURLAsync(url => url.EndsWith("/editor", StringComparison.Ordinal));
        (await reviewer.Locator("[role=status]").First.InnerTextAsync()).Should().Contain("Published 2 of 2");
        (await reviewer.Locator("#publication-outcomes").InnerTextAsync()).Should().Contain($"Strike {nightAfter}: published").And.Contain($"Strike {odesa}: published");
        await SnapBothWidthsAsync(reviewer, "editor-desk-after-bulk-publish");

        var visitor = await app.NewVisitorAsync();
        foreach (var (id, summary) in new[] { (nightAfter, "night attack on Kharkiv"), (odesa, "Odesa's port") })
        {
            var response = await visitor.GotoAsync($"/strikes/{id}");
            response!.Status.Should().Be(200);
            (await visitor.Locator("main").InnerTextAsync()).Should().Contain(summary).And.Contain("night starting on the date");
        }
    }

    private static async Task<int> EnterStrikeAsync(IPage editor, string date, string oblast, string settlement, string summary)
    {
        await editor.GotoAsync("/editor/strikes");
        await editor.GetByLabel("Start date").FillAsync(date);
        await editor.GetByLabel("Date precision").SelectOptionAsync(new SelectOptionValue { Label = "Night starting on the date" });
        await editor.GetByLabel("Location precision").SelectOptionAsync(new SelectOptionValue { Label = "Settlement" });
        await editor.GetByLabel("Oblast").SelectOptionAsync(new SelectOptionValue { Label = oblast });
        await editor.GetByLabel("Settlement").FillAsync(settlement);
        await editor.GetByLabel("Missile type").SelectOptionAsync(new SelectOptionValue { Label = "KN-23" });
        await editor.GetByLabel("Summary").FillAsync(summary);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/editor/strikes/[0-9]+$"));
        return int.Parse(editor.Url[(editor.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task SnapBothWidthsAsync(IPage page, string name)
    {
        await page.SnapAsync(name + "-desktop");
        await page.SetViewportSizeAsync(390, 844);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390")).Should().BeTrue($"{name} fits a phone's width");
        await page.SnapAsync(name + "-phone");
        await page.SetViewportSizeAsync(1280, 900);
    }
}
