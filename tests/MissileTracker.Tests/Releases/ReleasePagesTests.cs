using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Releases;

public sealed class ReleasePagesTests : IDisposable
{
    private readonly ReleaseTestApp _releases = new();

    private TrackerApp App => _releases.App;

    public void Dispose() => _releases.Dispose();

    [Fact]
    public async Task A_reviewer_creates_a_release_on_the_staff_page_and_lands_on_its_public_page()
    {
        var reviewer = await App.SignedInClientAsync("reviewer", Roles.Reviewer);

        var created = await reviewer.PostFormAsync("/editor/review/releases?handler=Create", new() { ["Input.Version"] = "2026.12", ["Input.Notes"] = "First release." },
            formUrl: "/editor/review/releases");

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().Should().Be("/releases/2026.12");
        var (_, page) = await App.CreateClient().GetPageAsync("/releases/2026.12");
        page.QuerySelector("#citation")!.TextContent.Should().Contain("(Version 2026.12) [Data set]. http://localhost/releases/2026.12");
        page.QuerySelector(".release-notes")!.TextContent.Should().Be("First release.");
        var rows = page.QuerySelectorAll(".release-files tbody tr");
        rows.Select(r => r.QuerySelector("a")!.TextContent).Should().Contain(["strikes.csv", "CITATION.cff"]);
        rows.Should().OnlyContain(r => r.QuerySelector("code.hash")!.TextContent.Length == 64);
    }

    [Fact]
    public async Task The_staff_form_shows_field_errors_and_writes_nothing_for_a_bad_or_reused_version()
    {
        var reviewer = await App.SignedInClientAsync("reviewer", Roles.Reviewer);

        var bad = await reviewer.PostFormAsync("/editor/review/releases?handler=Create", new() { ["Input.Version"] = "latest" }, formUrl: "/editor/review/releases");

        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        (await bad.ParseAsync()).QuerySelector("[data-valmsg-for='Input.Version']")!.TextContent.Should().Contain("reserved");
        Directory.Exists(Path.Combine(_releases.Directory, "latest")).Should().BeFalse();

        await reviewer.PostFormAsync("/editor/review/releases?handler=Create", new() { ["Input.Version"] = "2026.12" }, formUrl: "/editor/review/releases");
        var reused = await reviewer.PostFormAsync("/editor/review/releases?handler=Create", new() { ["Input.Version"] = "2026.12" }, formUrl: "/editor/review/releases");
        (await reused.ParseAsync()).QuerySelector("[data-valmsg-for='Input.Version']")!.TextContent.Should().Contain("never reused");
    }

    [Fact]
    public async Task Editors_who_are_not_reviewers_cannot_open_the_release_desk()
    {
        var editor = await App.SignedInClientAsync("editor", Roles.Editor);

        var response = await editor.GetAsync("/editor/review/releases");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/account/denied");
    }

    [Fact]
    public async Task A_reviewer_withdraws_a_release_with_a_reason_that_the_public_pages_show()
    {
        var reviewer = await App.SignedInClientAsync("reviewer", Roles.Reviewer);
        await reviewer.PostFormAsync("/editor/review/releases?handler=Create", new() { ["Input.Version"] = "2026.12" }, formUrl: "/editor/review/releases");

        var withdrawn = await reviewer.PostFormAsync("/editor/review/releases?handler=Withdraw&version=2026.12", new() { ["reason"] = "Figures entered from the wrong report." },
            formUrl: "/editor/review/releases");

        withdrawn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (_, details) = await App.CreateClient().GetPageAsync("/releases/2026.12");
        details.QuerySelector("#withdrawn")!.TextContent.Should().Contain("Figures entered from the wrong report.");
        var (_, list) = await App.CreateClient().GetPageAsync("/releases");
        list.QuerySelector(".release[data-version='2026.12'] .badge")!.TextContent.Should().Be("withdrawn");
    }

    [Fact]
    public async Task The_diff_page_shows_each_changed_field_before_and_after()
    {
        var reviewer = await _releases.ReviewerAsync();
        await ReleaseTestApp.CreateAsync(reviewer, "a");
        await App.WithDbAsync(async db =>
        {
            var strike = await db.Strikes.SingleAsync(s => s.Id == 2);
            strike.Summary = "Corrected summary.";
            await db.SaveChangesAsync();
        });
        await ReleaseTestApp.CreateAsync(reviewer, "b");

        var (_, details) = await App.CreateClient().GetPageAsync("/releases/b");
        details.QuerySelector("select#from option")!.GetAttribute("value").Should().Be("a");
        var (response, page) = await App.CreateClient().GetPageAsync("/releases/diff?from=a&to=b");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var cells = page.QuerySelectorAll(".diff-changed tbody tr td").Select(c => c.TextContent.Trim()).ToList();
        cells.Should().Contain("summary").And.Contain("Corrected summary.");
        (await App.CreateClient().GetAsync("/releases/diff?from=a&to=nope")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_releases_page_lists_releases_and_labels_the_live_data_as_unreleased()
    {
        var (_, empty) = await App.CreateClient().GetPageAsync("/releases");
        empty.QuerySelector("#current-data")!.TextContent.Should().Contain("unreleased");
        empty.QuerySelector(".unknown")!.TextContent.Should().Contain("No release");

        await ReleaseTestApp.CreateAsync(await _releases.ReviewerAsync(), "2026.12");
        var (_, page) = await App.CreateClient().GetPageAsync("/releases");
        page.QuerySelector(".release[data-version='2026.12'] .citation")!.TextContent.Should().Contain("Version 2026.12");
        (await App.CreateClient().GetAsync("/releases/nope")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_release_pages_read_in_Ukrainian_under_uk_with_links_that_stay_there()
    {
        var reviewer = await _releases.ReviewerAsync();
        await ReleaseTestApp.CreateAsync(reviewer, "a");
        await App.WithDbAsync(async db =>
        {
            var strike = await db.Strikes.SingleAsync(s => s.Id == 2);
            strike.Summary = "Corrected summary.";
            await db.SaveChangesAsync();
        });
        await ReleaseTestApp.CreateAsync(reviewer, "b");
        var client = App.CreateClient();

        foreach (var url in new[] { "/uk/releases", "/uk/releases/b", "/uk/releases/diff?from=a&to=b" })
        {
            var (response, page) = await client.GetPageAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            Localization.UkrainianPagesTests.ShouldBeInUkrainian(url, page);
        }

        var (_, list) = await client.GetPageAsync("/uk/releases");
        list.QuerySelector(".release[data-version='b'] h2 a")!.TextContent.Trim().Should().Be("Випуск b");
        list.QuerySelector(".release[data-version='b'] .citation")!.GetAttribute("lang").Should().Be("en", "a citation keeps its reference format");
        var (_, details) = await client.GetPageAsync("/uk/releases/b");
        details.QuerySelector("#compare ~ form")!.GetAttribute("action").Should().Be("/uk/releases/diff");
        var (_, diff) = await client.GetPageAsync("/uk/releases/diff?from=a&to=b");
        diff.QuerySelector(".diff-changed tbody a")!.GetAttribute("href").Should().Be("/uk/strikes/2");
        diff.QuerySelector(".diff-changed thead th")!.TextContent.Should().Be("Удар");
    }
}
