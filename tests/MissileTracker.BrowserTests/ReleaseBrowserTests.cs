using System.Security.Cryptography;
using Microsoft.Playwright;
using MissileTracker.Web.Accounts;

namespace MissileTracker.BrowserTests;

/// <summary>Issue 17: a reviewer creates a release; an anonymous visitor downloads it, checks its hash and reads the citation.</summary>
public sealed class ReleaseBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_reviewer_creates_a_release_and_a_visitor_downloads_it_and_sees_the_citation()
    {
        var reviewerEmail = await app.CreateStaffAsync("release-reviewer", Roles.Reviewer);
        var reviewer = await app.NewVisitorAsync();
        await reviewer.SetViewportSizeAsync(1280, 900);
        await EditorWorkflowBrowserTests.SignInAsync(reviewer, reviewerEmail);

        await reviewer.GetByRole(AriaRole.Link, new() { Name = "releases", Exact = true }).ClickAsync();
        await reviewer.GetByLabel("Version").FillAsync("2026.12");
        await reviewer.GetByLabel("Release notes").FillAsync("First citable release.");
        await reviewer.SnapAsync("editor-create-release");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Create release" }).ClickAsync();
        await reviewer.WaitForURLAsync(url => url.EndsWith("/releases/2026.12", StringComparison.Ordinal));
        (await reviewer.Locator("[role=status]").First.InnerTextAsync()).Should().Contain("Release 2026.12 created");

        var visitor = await app.NewVisitorAsync();
        await visitor.SetViewportSizeAsync(1280, 900);
        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Data releases" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Release 2026.12" }).ClickAsync();
        await visitor.WaitForURLAsync(url => url.EndsWith("/releases/2026.12", StringComparison.Ordinal));
        (await visitor.Locator("#citation").InnerTextAsync()).Should().Contain("(Version 2026.12) [Data set].").And.Contain("/releases/2026.12");
        await visitor.SnapAsync("release-desktop");

        var row = visitor.Locator(".release-files tbody tr", new() { HasText = "strikes.csv" });
        var shownHash = (await row.Locator("code.hash").InnerTextAsync()).Trim();
        var download = await visitor.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "strikes.csv" }).ClickAsync());
        download.SuggestedFilename.Should().Be("strikes.csv");
        var path = await download.PathAsync();
        Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))).Should().Be(shownHash, "the downloaded file matches the hash on the page");

        await visitor.SetViewportSizeAsync(390, 844);
        await visitor.SnapAsync("release-phone");
        (await visitor.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390")).Should().BeTrue("the release page fits a phone's width");
    }
}
