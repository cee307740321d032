using Microsoft.Playwright;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Accounts;

namespace MissileTracker.BrowserTests;

/// <summary>
/// Issue 13 items 5 and 7: an editor enters a night attack as a window in Kyiv time and an anonymous
/// visitor reads it; a reviewer merges a strike entered twice and its old address lands on the survivor.
/// </summary>
public sealed class StrikeWindowMergeBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Editor_enters_a_night_attack_window_and_a_visitor_reads_it_in_kyiv_time()
    {
        var editorEmail = await app.CreateStaffAsync("window-editor", Roles.Editor);
        var reviewerEmail = await app.CreateStaffAsync("window-reviewer", Roles.Reviewer);
        var editor = await app.NewVisitorAsync();
        await editor.SetViewportSizeAsync(1280, 900);
        await EditorWorkflowBrowserTests.SignInAsync(editor, editorEmail);

        await editor.GotoAsync("/editor/strikes");
        await editor.GetByLabel("Start date").FillAsync("2024-08-05");
        await editor.GetByLabel("Start time (Kyiv)").FillAsync("22:00");
        await editor.GetByLabel("End date").FillAsync("2024-08-04");
        await editor.GetByLabel("End time (Kyiv)").FillAsync("04:00");
        await editor.GetByLabel("Date precision").SelectOptionAsync(new SelectOptionValue { Label = "Window from start to end" });
        await editor.GetByLabel("Location precision").SelectOptionAsync(new SelectOptionValue { Label = "Oblast only" });
        await editor.GetByLabel("Oblast").SelectOptionAsync(new SelectOptionValue { Label = "Sumy Oblast" });
        await editor.GetByLabel("Missile type").SelectOptionAsync(new SelectOptionValue { Label = "KN-23" });
        await editor.GetByLabel("Summary").FillAsync("The regional administration reported a night-long ballistic missile attack on Sumy Oblast.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        // The end before the start is refused beside the field; corrected, the strike saves.
        (await editor.Locator("[data-valmsg-for='Input.EndDate']").InnerTextAsync()).Should().Contain("before the start date");
        await SnapBothWidthsAsync(editor, "editor-strike-window-error");
        await editor.GetByLabel("End date").FillAsync("2024-08-06");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/editor/strikes/[0-9]+$"));
        var id = int.Parse(editor.Url[(editor.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        (await editor.GetByLabel("End time (Kyiv)").InputValueAsync()).Should().Be("04:00");
        await SnapBothWidthsAsync(editor, "editor-strike-window");

        var reviewer = await app.NewVisitorAsync();
        await EditorWorkflowBrowserTests.SignInAsync(reviewer, reviewerEmail);
        await reviewer.GotoAsync($"/editor/strikes/{id}");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        var visitor = await app.NewVisitorAsync();
        await visitor.SetViewportSizeAsync(1280, 900);
        (await visitor.GotoAsync($"/strikes/{id}"))!.Status.Should().Be(200);
        (await visitor.Locator("[data-field=when]").InnerTextAsync()).Should().Contain("5 Aug 2024 22:00 – 6 Aug 2024 04:00 Kyiv time");
        await SnapBothWidthsAsync(visitor, "strike-window");
        await visitor.GotoAsync("/?from=2024-08-06&to=2024-08-06");
        (await visitor.Locator($"[data-strike-id='{id}']").CountAsync()).Should().Be(1, "the timeline's date range matches a window that overlaps it");
    }

    [Fact]
    public async Task Reviewer_merges_a_strike_entered_twice_and_the_old_address_lands_on_the_survivor()
    {
        var reviewerEmail = await app.CreateStaffAsync("merge-reviewer", Roles.Reviewer);
        var reviewer = await app.NewVisitorAsync();
        await reviewer.SetViewportSizeAsync(1280, 900);
        await EditorWorkflowBrowserTests.SignInAsync(reviewer, reviewerEmail);

        await reviewer.GotoAsync("/editor/strikes");
        await reviewer.GetByLabel("Start date").FillAsync("2024-01-06");
        await reviewer.GetByLabel("Location precision").SelectOptionAsync(new SelectOptionValue { Label = "Settlement" });
        await reviewer.GetByLabel("Oblast").SelectOptionAsync(new SelectOptionValue { Label = "Kharkiv Oblast" });
        await reviewer.GetByLabel("Settlement").FillAsync("Kharkiv");
        await reviewer.GetByLabel("Missile type").SelectOptionAsync(new SelectOptionValue { Label = "KN-23" });
        await reviewer.GetByLabel("Summary").FillAsync("A North Korean missile fell in Kharkiv, entered again from a second report.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await reviewer.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/editor/strikes/[0-9]+$"));
        var duplicate = int.Parse(reviewer.Url[(reviewer.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        await reviewer.Locator("#likely-duplicates").GetByRole(AriaRole.Link, new() { Name = "merge this strike into it" }).ClickAsync();
        await reviewer.WaitForURLAsync(url => url.Contains($"/editor/review/merge/{duplicate}", StringComparison.Ordinal));
        (await reviewer.GetByLabel("Merge into strike (id)").InputValueAsync()).Should().Be(KnownEvidence.KharkivStrikeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await reviewer.GetByLabel("Why they are the same strike").FillAsync("Same missile in Kharkiv on 6 Jan, from two reports.");
        await reviewer.GetByLabel("I checked both strikes").CheckAsync();
        await SnapBothWidthsAsync(reviewer, "editor-merge-strike");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = $"Merge strike {duplicate}" }).ClickAsync();
        await reviewer.WaitForURLAsync(url => url.EndsWith($"/editor/strikes/{KnownEvidence.KharkivStrikeId}", StringComparison.Ordinal));
        (await reviewer.Locator("[role=status]").First.InnerTextAsync()).Should().Contain($"Strike {duplicate} merged into strike {KnownEvidence.KharkivStrikeId}");

        var visitor = await app.NewVisitorAsync();
        var response = await visitor.GotoAsync($"/strikes/{duplicate}");
        response!.Status.Should().Be(200);
        visitor.Url.Should().EndWith(KnownEvidence.KharkivStrikePath);
        (await visitor.Locator("#history-heading ~ ol").InnerTextAsync()).Should().Contain("Merged").And.Contain("Same missile in Kharkiv on 6 Jan");
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
