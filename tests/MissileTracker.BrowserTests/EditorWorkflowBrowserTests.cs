using Microsoft.Playwright;
using MissileTracker.Web.Accounts;

namespace MissileTracker.BrowserTests;

/// <summary>
/// An editor enters the 7 Feb 2024 Kharkiv strike from its Kyiv Independent article, a reviewer
/// publishes it, and an anonymous visitor finds it on the timeline and its page.
/// </summary>
public sealed class EditorWorkflowBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const string ArticleUrl = "https://kyivindependent.com/police-russia-fires-2-north-korean-missiles-at-kharkiv-in-morning-attack/";

    [Fact]
    public async Task Editor_enters_a_report_reviewer_publishes_and_the_public_sees_it()
    {
        var editorEmail = await app.CreateStaffAsync("browser-editor", Roles.Editor);
        var reviewerEmail = await app.CreateStaffAsync("browser-reviewer", Roles.Reviewer);

        var editor = await app.NewVisitorAsync();
        await SignInAsync(editor, editorEmail);

        await editor.SnapAsync("editor-desk");

        // The article.
        await editor.GetByLabel("Article URL").FillAsync(ArticleUrl);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await editor.GetByLabel("Outlet").FillAsync("Kyiv Independent");
        await editor.GetByLabel("Published on").FillAsync("2024-02-07");
        await editor.GetByLabel("Headline").FillAsync("Police: Russia fires 2 North Korean missiles at Kharkiv in morning attack");
        await editor.SnapAsync("editor-new-report");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => url.Contains("/editor/reports/", StringComparison.Ordinal));

        // The strike it reports.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Add a new strike" }).ClickAsync();
        await editor.GetByLabel("Start date").FillAsync("2024-02-07");
        await editor.GetByLabel("Start time (Kyiv)").FillAsync("06:00");
        await editor.GetByLabel("Location precision").SelectOptionAsync(new SelectOptionValue { Label = "District" });
        await editor.GetByLabel("Oblast").SelectOptionAsync(new SelectOptionValue { Label = "Kharkiv Oblast" });
        await editor.GetByLabel("Settlement").FillAsync("Kharkiv");
        await editor.GetByLabel("District").FillAsync("Slobidskyi district");
        await editor.GetByLabel("Missile type").SelectOptionAsync(new SelectOptionValue { Label = "KN-23" });
        await editor.Locator("input[name='Input.MissilesLaunched']").FillAsync("5");
        await editor.Locator("input[name='Input.Injured']").FillAsync("3");
        await editor.GetByLabel("Summary").FillAsync("Five missiles hit Kharkiv's Slobidskyi district around 06:00; police preliminarily identified two as North Korean KN-23 (Hwasong-11Ga).");
        await editor.SnapAsync("editor-strike-form");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => url.Contains("/editor/reports/", StringComparison.Ordinal));

        // The official's statement, with a new official.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Add a statement" }).ClickAsync();
        await editor.GetByLabel("Official", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Add a new official…" });
        await editor.GetByLabel("Name").FillAsync("Serhii Bolvinov");
        await editor.GetByLabel("Title / role").FillAsync("Head of the investigative department, Kharkiv Oblast police");
        await editor.GetByLabel("Organisation", new() { Exact = true }).FillAsync("National Police of Ukraine");
        await editor.GetByLabel("Country").FillAsync("Ukraine");
        await editor.GetByLabel("Said on").FillAsync("2024-02-07");
        await editor.GetByLabel("Quote (as published)").FillAsync("Two of the five missiles were preliminarily identified as KN-23 (Hwasong-11Ga).");
        await editor.GetByLabel("Quote kind").SelectOptionAsync("Paraphrase");
        await editor.GetByLabel("Report(s) that published this statement").SelectOptionAsync(new SelectOptionValue { Label = "Police: Russia fires 2 North Korean missiles at Kharkiv in morning attack — Kyiv Independent, 7 Feb 2024" });
        await editor.Locator("input[type=checkbox][name='Rows[0].Selected']").CheckAsync();
        await editor.Locator("input[name='Rows[0].Figures.WeaponLabel']").FillAsync("KN-23 (Hwasong-11Ga)");
        await editor.Locator("select[name='Rows[0].Figures.MissileTypes']").SelectOptionAsync("kn-23");
        await editor.Locator("input[name='Rows[0].Figures.MissileCount']").FillAsync("2");
        await editor.Locator("input[name='Rows[0].Figures.Injured']").FillAsync("3");
        await editor.SnapAsync("editor-statement-form");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => url.Contains("/editor/reports/", StringComparison.Ordinal));
        (await editor.Locator("main").InnerTextAsync()).Should().Contain("Serhii Bolvinov");
        await editor.SnapAsync("editor-report-workspace");

        // Nothing is public yet.
        var early = await app.NewVisitorAsync();
        await early.GotoAsync("/?oblast=Kharkiv");
        (await early.Locator("li.strike-item").CountAsync()).Should().Be(1, "only the known 6 Jan strike is public");

        // The reviewer publishes the three drafts.
        var reviewer = await app.NewVisitorAsync();
        await SignInAsync(reviewer, reviewerEmail);
        foreach (var kind in new[] { "Strike", "Report", "Statement" })
        {
            await reviewer.GotoAsync("/editor");
            await reviewer.Locator("#bulk-publish table tr", new() { HasText = kind }).First.GetByRole(AriaRole.Link).ClickAsync();
            await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await reviewer.SnapAsync("reviewer-published-" + kind.ToLowerInvariant());
            (await reviewer.Locator("[role=status]").First.InnerTextAsync()).Should().Contain("now published");
        }

        // An anonymous visitor finds it.
        var visitor = await app.NewVisitorAsync();
        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "7 Feb 2024, 06:00 Kyiv time · Slobidskyi district, Kharkiv, Kharkiv Oblast" }).ClickAsync();
        await visitor.WaitForURLAsync(url => url.Contains("/strikes/", StringComparison.Ordinal));
        var page = await visitor.Locator("main").InnerTextAsync();
        await visitor.SnapAsync("public-strike-page");
        page.Should().Contain("KN-23").And.Contain("Serhii Bolvinov").And.Contain("Kyiv Independent").And.Contain("7 Feb 2024");
        (await visitor.Locator("table.evidence-table tbody tr").First.InnerTextAsync()).Should().Contain("2").And.Contain("3");
        (await visitor.Locator($"a[href='{ArticleUrl}']").CountAsync()).Should().BeGreaterThan(0);
    }

    /// <summary>Signs in through the login form and waits for the editor desk; every browser test signs in here.</summary>
    internal static async Task SignInAsync(IPage page, string email)
    {
        // A sign-in on a loaded CI machine was once seen never to leave the form; try the form again before failing, with what the page said.
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync("/account/login");
            await page.SnapAsync("sign-in");
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(LiveApp.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => url.EndsWith("/editor", StringComparison.Ordinal), new() { Timeout = 30_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"Signing in as {email} stayed on {page.Url}: {await page.Locator("main").InnerTextAsync()}", e);
            }
        }
    }
}
