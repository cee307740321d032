using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;

namespace MissileTracker.BrowserTests;

/// <summary>
/// Issue 13, items 4 and 6: an editor enters an aggregate claim with several figures (record A1, Kostin, 16 Feb 2024) and
/// a statement that has no published report; a reviewer publishes them; an anonymous visitor reads them on /claims.
/// </summary>
public sealed class ClaimsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private async Task<(IPage Editor, IPage Reviewer)> StaffAsync(string name)
    {
        var editorEmail = await app.CreateStaffAsync(name + "-editor", Roles.Editor);
        var reviewerEmail = await app.CreateStaffAsync(name + "-reviewer", Roles.Reviewer);
        var editor = await app.NewVisitorAsync();
        await EditorWorkflowBrowserTests.SignInAsync(editor, editorEmail);
        var reviewer = await app.NewVisitorAsync();
        await EditorWorkflowBrowserTests.SignInAsync(reviewer, reviewerEmail);
        return (editor, reviewer);
    }

    private static async Task PublishAsync(IPage reviewer, string statementUrl)
    {
        await reviewer.GotoAsync(statementUrl);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        (await reviewer.Locator("[role=status]").First.InnerTextAsync()).Should().Contain("now published");
    }

    private static async Task FigureAsync(IPage page, int row, string kind, string qualifier, string value, string? weaponLabel = null, string? words = null)
    {
        var name = $"Input.Figures[{row}]";
        await page.Locator($"select[name='{name}.Kind']").SelectOptionAsync(kind);
        await page.Locator($"select[name='{name}.Qualifier']").SelectOptionAsync(qualifier);
        await page.Locator($"input[name='{name}.Value']").FillAsync(value);
        if (weaponLabel is not null)
        {
            await page.Locator($"input[name='{name}.WeaponLabel']").FillAsync(weaponLabel);
        }

        if (words is not null)
        {
            await page.Locator($"input[name='{name}.Words']").FillAsync(words);
        }
    }

    [Fact]
    public async Task An_editor_enters_a_claim_with_several_figures_and_a_visitor_reads_each_of_them()
    {
        var (editor, reviewer) = await StaffAsync("claims");
        var errors = BrowserErrors.Watch(editor);

        await editor.GotoAsync("/editor/statements");
        await editor.GetByLabel("On behalf of (organisation)").FillAsync("Office of the Prosecutor General of Ukraine");
        await editor.GetByLabel("Said on").FillAsync("2024-02-16");
        await editor.GetByLabel("Quote (as published)").FillAsync(
            "Russia has fired at least 24 North Korean ballistic missiles (KN-23/KN-24) at Ukraine since 30 December 2023, in at least 12 attacks on 7 regions; at least 14 civilians were killed.");
        await editor.GetByLabel("Quote kind").SelectOptionAsync("Paraphrase");
        var unn = await editor.Locator("#report-ids option", new() { HasText = "UNN" }).GetAttributeAsync("value");
        await editor.GetByLabel("Report(s) that published this statement").SelectOptionAsync(unn!);
        await editor.GetByLabel("This is an aggregate claim", new() { Exact = false }).CheckAsync();

        // One figure row is offered; "Add a figure" adds the others.
        await FigureAsync(editor, 0, "Missiles", "AtLeast", "24", weaponLabel: "KN-23/KN-24");
        var addFigure = editor.GetByRole(AriaRole.Button, new() { Name = "Add a figure" });
        await addFigure.ClickAsync();
        await FigureAsync(editor, 1, "Attacks", "AtLeast", "12");
        await addFigure.ClickAsync();
        await FigureAsync(editor, 2, "Regions", "Exact", "7");
        await addFigure.ClickAsync();
        await FigureAsync(editor, 3, "Killed", "AtLeast", "14", words: "at least 14 civilians");
        await editor.Locator("input[name='Input.Regions[0].NameAsSaid']").FillAsync("Kyiv");
        await editor.Locator("select[name='Input.Regions[0].Oblast']").SelectOptionAsync("KyivCity");
        await editor.Locator("input[name='Input.Regions[0].Count']").FillAsync("3");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add a region" }).ClickAsync();
        await editor.Locator("input[name='Input.Regions[1].NameAsSaid']").FillAsync("Kharkiv");
        await editor.Locator("input[name='Input.Regions[1].Count']").FillAsync("2");
        await editor.GetByLabel("Period from").FillAsync("2023-12-30");
        await editor.SnapAsync("editor-claim-form");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/editor/statements/[0-9]+$"));
        errors.All.Should().BeEmpty();
        var statementUrl = new Uri(editor.Url).AbsolutePath;

        // Saved as entered: the form shows the four figures and two regions again (plus one empty row each).
        (await editor.Locator("input[name='Input.Figures[3].Value']").InputValueAsync()).Should().Be("14");
        (await editor.Locator("input[name='Input.Regions[1].NameAsSaid']").InputValueAsync()).Should().Be("Kharkiv");

        await PublishAsync(reviewer, statementUrl);

        var visitor = await app.NewVisitorAsync();
        await visitor.GotoAsync("/claims");
        var card = visitor.Locator("article", new() { HasText = "Office of the Prosecutor General of Ukraine" });
        (await card.Locator(".claim-figures li").AllInnerTextsAsync()).Select(t => t.Trim()).Should().Equal(
            "at least 24 missiles (KN-23/KN-24)", "at least 12 attacks", "7 regions", "at least 14 killed (“at least 14 civilians”)");
        (await card.Locator(".claim-period").InnerTextAsync()).Should().Be("since 30 Dec 2023");
        (await card.InnerTextAsync()).Should().Contain("Regions named: Kyiv ×3, Kharkiv ×2");
        await visitor.SnapAsync("public-claims");

        // The same on a phone-sized screen: the figures stay a readable list.
        var phone = await (await app.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        })).NewPageAsync();
        await phone.GotoAsync("/claims");
        (await phone.Locator(".claim-figures li").First.IsVisibleAsync()).Should().BeTrue();
        await phone.SnapAsync("public-claims-390");
    }

    [Fact]
    public async Task An_editor_enters_a_statement_with_no_published_report_and_a_visitor_reads_why()
    {
        var (editor, reviewer) = await StaffAsync("noreport");

        // Opened from a report, the form names no report until the editor picks one: the statement may come from elsewhere.
        await editor.GotoAsync("/editor");
        var reportId = await editor.EvaluateAsync<string>("fetch('/api/v1/reports?outlet=UNN').then(r => r.json()).then(j => String(j.items[0].id))");
        await editor.GotoAsync($"/editor/statements?reportId={reportId}");
        (await editor.Locator("#report-ids option:checked").CountAsync()).Should().Be(0);

        await editor.GetByLabel("On behalf of (organisation)").FillAsync("U.S. Department of State");
        await editor.GetByLabel("Quote (as published)").FillAsync("There have been at least 10 cases of the use of DPRK missiles on the battlefield.");
        await editor.GetByLabel("This is an aggregate claim", new() { Exact = false }).CheckAsync();
        await FigureAsync(editor, 0, "Cases", "AtLeast", "10");

        // Ticking "no published report" without a reason is refused, with the reason field named.
        await editor.GetByLabel("No published report").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        (await editor.Locator("[data-valmsg-for='Input.NoReportReason']").InnerTextAsync()).Should().Contain("Say why there is no published report");

        await editor.GetByLabel("Why there is none").FillAsync("Said in a video interview; no article has published it yet.");
        await editor.SnapAsync("editor-statement-no-report");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => url.Contains("/editor/reports/", StringComparison.Ordinal));
        int statementId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            statementId = await db.Statements.IgnoreQueryFilters().Where(s => s.NoReportReason != null).Select(s => s.Id).SingleAsync();
        }

        await PublishAsync(reviewer, $"/editor/statements/{statementId}");

        var visitor = await app.NewVisitorAsync();
        await visitor.GotoAsync("/claims");
        var card = visitor.Locator("article", new() { HasText = "video interview" });
        (await card.InnerTextAsync()).Should().Contain("No published report: Said in a video interview; no article has published it yet.")
            .And.Contain("at least 10 cases").And.NotContain("Published in:");
    }
}
