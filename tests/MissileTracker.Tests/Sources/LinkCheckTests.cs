using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Sources;

namespace MissileTracker.Tests.Sources;

/// <summary>check-links against the local site answering 200, 301, 404 and too slowly, and a refused address; what the pages show of it.</summary>
public sealed class LinkCheckTests : SnapshotTestSite
{
    private async Task<LinkChecker.Summary> CheckAsync(TimeSpan? olderThan = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LinkChecker>().CheckAsync(olderThan, CancellationToken.None);
    }

    private Task<LinkCheck> StoredAsync(int reportId) =>
        App.WithDbAsync(db => db.LinkChecks.IgnoreQueryFilters().SingleAsync(c => c.ReportId == reportId));

    [Fact]
    public async Task Each_url_gets_its_status_final_url_and_error()
    {
        var ok = await AddReportAsync(Site.Url("/article.html").AbsoluteUri, title: "ok");
        var moved = await AddReportAsync(Site.Url("/moved").AbsoluteUri, title: "moved");
        var gone = await AddReportAsync(Site.Url("/gone").AbsoluteUri, title: "gone");
        var slow = await AddReportAsync(Site.Url("/slow").AbsoluteUri, title: "slow");
        var internalAddress = await AddReportAsync("http://10.0.0.1/report", title: "internal");

        var summary = await CheckAsync();

        summary.Checked.Should().Be(5);
        summary.Broken.Should().Be(3);
        var okCheck = await StoredAsync(ok);
        okCheck.StatusCode.Should().Be(200);
        okCheck.Broken.Should().BeFalse();
        var movedCheck = await StoredAsync(moved);
        movedCheck.StatusCode.Should().Be(200);
        movedCheck.FinalUrl.Should().Be(Site.Url("/article.html"));
        movedCheck.Broken.Should().BeFalse();
        var goneCheck = await StoredAsync(gone);
        goneCheck.StatusCode.Should().Be(404);
        goneCheck.Broken.Should().BeTrue();
        var slowCheck = await StoredAsync(slow);
        slowCheck.StatusCode.Should().BeNull();
        slowCheck.Error.Should().Be("No answer within 2 s.");
        slowCheck.Broken.Should().BeTrue();
        var refused = await StoredAsync(internalAddress);
        refused.Error.Should().StartWith("Refused: 10.0.0.1 is a private");
        refused.Broken.Should().BeTrue();
    }

    [Fact]
    public async Task Older_than_skips_urls_checked_recently_and_a_new_check_replaces_the_old()
    {
        var gone = await AddReportAsync(Site.Url("/gone").AbsoluteUri);
        (await CheckAsync()).Checked.Should().Be(1);
        var first = await StoredAsync(gone);

        (await CheckAsync(TimeSpan.FromDays(7))).Checked.Should().Be(0);
        (await CheckAsync(TimeSpan.Zero)).Checked.Should().Be(1);

        (await StoredAsync(gone)).CheckedAt.Should().BeOnOrAfter(first.CheckedAt);
        (await App.WithDbAsync(db => db.LinkChecks.IgnoreQueryFilters().CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task The_command_checks_and_lists_broken_links()
    {
        await AddReportAsync(Site.Url("/gone").AbsoluteUri);
        await AddReportAsync(Site.Url("/article.html").AbsoluteUri, title: "ok");
        var output = new StringWriter();

        var code = await CheckLinksCommand.RunAsync(App.Services, ["check-links", "--older-than", "7d"], output);

        code.Should().Be(0);
        output.ToString().Should().Contain($"broken: report").And.Contain("/gone 404").And.Contain("Checked 2 links: 1 broken now");
    }

    [Theory]
    [InlineData("7")]
    [InlineData("7w")]
    [InlineData("-1d")]
    public async Task The_command_refuses_an_age_it_cannot_read(string age)
    {
        var output = new StringWriter();

        var code = await CheckLinksCommand.RunAsync(App.Services, ["check-links", "--older-than", age], output);

        code.Should().Be(2);
    }

    [Fact]
    public async Task A_dead_link_shows_on_the_report_page_beside_its_archived_copy_and_on_the_editor_desk()
    {
        var gone = await AddReportAsync(Site.Url("/gone").AbsoluteUri, title: "The vanished article");
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        await editor.PostAsync($"/api/v1/reports/{gone}/snapshots", FilePart(LocalSite.Pdf, "a.pdf", "application/pdf"));
        await CheckAsync();

        var (_, page) = await App.CreateClient().GetPageAsync($"/reports/{gone}");
        var desk = await App.SignedInClientAsync("desk", Roles.Editor);
        var (response, brokenLinks) = await desk.GetPageAsync("/editor/links");

        page.QuerySelector(".dead-link")!.TextContent.Should().Contain("dead link").And.Contain("HTTP 404").And.Contain("archived copy below");
        page.QuerySelector(".snapshot code.sha256")!.TextContent.Should().HaveLength(64);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var row = brokenLinks.QuerySelector("#broken-links tbody tr")!;
        row.TextContent.Should().Contain("The vanished article").And.Contain("HTTP 404").And.Contain("1 snapshot");
    }

    [Fact]
    public async Task The_archive_report_command_captures_and_prints_the_hash()
    {
        var reportId = await AddReportAsync(Site.Url("/report.pdf").AbsoluteUri);
        var output = new StringWriter();

        var code = await ArchiveReportCommand.RunAsync(App.Services, ["archive-report", "--id", reportId.ToString(System.Globalization.CultureInfo.InvariantCulture)], output);
        var refusedCode = await ArchiveReportCommand.RunAsync(App.Services, ["archive-report", "--id", (await AddReportAsync("http://169.254.169.254/")).ToString(System.Globalization.CultureInfo.InvariantCulture)], output);

        code.Should().Be(0);
        refusedCode.Should().Be(1);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(LocalSite.Pdf));
        output.ToString().Should().Contain($"SHA-256 {hash}").And.Contain("Refused: 169.254.169.254 is a link-local");
        File.Exists(Path.Combine(SnapshotDirectory, hash[..2], hash)).Should().BeTrue();
    }
}
