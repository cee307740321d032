using Microsoft.Playwright;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Accounts;

namespace MissileTracker.BrowserTests;

/// <summary>
/// An editor imports the hand-written Air Force fixture, confirms a candidate link for the known Kharkiv strike, and an
/// anonymous visitor reads the Air Force's figures with the post link on the strike page. In a class of its own: it changes data.
/// </summary>
public sealed class AirForceBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static string FixturePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "MissileTracker.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory.FullName, "tests", "MissileTracker.Tests", "AirForce", "Fixtures", "airforce-reports.csv");
    }

    [Fact]
    public async Task An_editor_imports_the_file_confirms_a_candidate_and_a_visitor_sees_the_figures_with_their_source()
    {
        var editor = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(editor);
        await EditorWorkflowBrowserTests.SignInAsync(editor, await app.CreateStaffAsync("airforce-editor", Roles.Editor));

        await editor.GotoAsync("/editor/airforce");
        await editor.GetByLabel("Dataset file (CSV)").SetInputFilesAsync(FixturePath());
        await editor.GetByLabel("Dataset version").FillAsync("hand-written fixture");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Import file", Exact = true }).ClickAsync();
        (await editor.Locator("#airforce-import-result").InnerTextAsync()).Should().Contain("5 rows read").And.Contain("3 added");
        await editor.SnapAsync("editor-airforce-import");

        await editor.GetByRole(AriaRole.Link, new() { Name = "review the candidate links to strikes" }).ClickAsync();
        var candidate = editor.Locator("#airforce-candidates tbody tr", new() { HasText = "Iskander-M/KN-23 ·" }).First;
        (await candidate.InnerTextAsync()).Should().Contain("target names Kharkiv Oblast");
        await editor.SnapAsync("editor-airforce-candidates");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = false }).ClickAsync();
        (await editor.Locator("[role=status]").First.InnerTextAsync()).Should().Contain("Linked");

        var visitor = await app.NewVisitorAsync();
        var visitorErrors = BrowserErrors.Watch(visitor);
        await visitor.GotoAsync(KnownEvidence.KharkivStrikePath);
        var section = visitor.Locator("#airforce-reports");
        (await section.Locator(".airforce-launched").InnerTextAsync()).Should().Be("6");
        (await section.Locator(".airforce-launch-place").InnerTextAsync()).Should().Be("Belgorod oblast");
        (await section.GetByRole(AriaRole.Link, new() { Name = "Air Force post (kpszsu)" }).GetAttributeAsync("href"))
            .Should().Be("https://www.facebook.com/kpszsu/posts/pfbid0FixtureAlpha1");
        await visitor.SnapAsync("strike-airforce-report");

        await visitor.GotoAsync("/airforce");
        (await visitor.Locator("#airforce-monthly tr[data-month='2024-01'] .airforce-possible").InnerTextAsync()).Trim().Should().Be("16");
        await visitor.SnapAsync("airforce-monthly");

        errors.All.Should().BeEmpty();
        visitorErrors.All.Should().BeEmpty();
    }
}
