using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Sources;

/// <summary>Snapshots through the editor's report page (antiforgery, form errors) and what the public report page shows.</summary>
public sealed class SnapshotPagesTests : SnapshotTestSite
{
    protected override Dictionary<string, string?> MoreSettings => new() { ["Snapshots:MaxBytes"] = "4096" };

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient editor, int reportId, byte[] content, string name, string type)
    {
        var token = await editor.AntiforgeryTokenAsync($"/editor/reports/{reportId}");
        var form = FilePart(content, name, type);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await editor.PostAsync($"/editor/reports/{reportId}?handler=Upload", form);
    }

    [Fact]
    public async Task An_editor_uploads_a_pdf_and_the_public_page_shows_its_hash_and_a_download_that_matches()
    {
        var reportId = await AddReportAsync("https://example.org/pdf");
        var editor = await App.SignedInClientAsync("editor", Roles.Editor);

        var response = await UploadAsync(editor, reportId, LocalSite.Pdf, "report.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var hash = Convert.ToHexStringLower(SHA256.HashData(LocalSite.Pdf));
        var (_, page) = await App.CreateClient().GetPageAsync($"/reports/{reportId}");
        var item = page.QuerySelector(".snapshot")!;
        item.TextContent.Should().Contain("Archived on").And.Contain("PDF").And.Contain("uploaded by an editor");
        item.QuerySelector("code.sha256")!.TextContent.Should().Be(hash);
        var link = (IHtmlAnchorElement)item.QuerySelector("a[download]")!;
        var download = await App.CreateClient().GetByteArrayAsync(link.GetAttribute("href"));
        Convert.ToHexStringLower(SHA256.HashData(download)).Should().Be(hash);
        (await App.WithDbAsync(db => db.ReportSnapshots.IgnoreQueryFilters().SingleAsync())).CapturedBy.Should().Be("editor@example.org");
    }

    [Fact]
    public async Task A_signed_in_editor_downloads_a_draft_reports_snapshot_from_the_workspace_link()
    {
        var reportId = await AddReportAsync("https://example.org/draft", published: false);
        var editor = await App.SignedInClientAsync("editor", Roles.Editor);
        await UploadAsync(editor, reportId, LocalSite.Pdf, "report.pdf", "application/pdf");

        var (_, page) = await editor.GetPageAsync($"/editor/reports/{reportId}");
        var href = page.QuerySelector("#snapshots .snapshot a[download]")!.GetAttribute("href")!;
        var download = await editor.GetAsync(href);
        var anonymous = await App.CreateClient().GetAsync(href);

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        Convert.ToHexStringLower(SHA256.HashData(await download.Content.ReadAsByteArrayAsync())).Should().Be(Convert.ToHexStringLower(SHA256.HashData(LocalSite.Pdf)));
        anonymous.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_spoofed_upload_is_a_form_error_on_the_file_field()
    {
        var reportId = await AddReportAsync("https://example.org/spoof");
        var editor = await App.SignedInClientAsync("editor", Roles.Editor);

        var response = await UploadAsync(editor, reportId, Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "photo.png", "image/png");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelector("#snapshot-file-error")!.TextContent.Should().Contain("declared as image/png").And.Contain("text/html");
        page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value").Should().Be("Missiles hit Kharkiv", "the report form shows what is stored");
        (await App.WithDbAsync(db => db.ReportSnapshots.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task An_over_size_upload_is_a_form_error()
    {
        var reportId = await AddReportAsync("https://example.org/big");
        var editor = await App.SignedInClientAsync("editor", Roles.Editor);

        var response = await UploadAsync(editor, reportId, Encoding.ASCII.GetBytes(new string('x', 5000)), "big.txt", "text/plain");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ParseAsync()).QuerySelector("#snapshot-file-error")!.TextContent.Should().Contain("larger than 4,096 bytes");
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var reportId = await AddReportAsync("https://example.org/csrf");
        var editor = await App.SignedInClientAsync("editor", Roles.Editor);

        var response = await editor.PostAsync($"/editor/reports/{reportId}?handler=Upload", FilePart(LocalSite.Pdf, "a.pdf", "application/pdf"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await App.WithDbAsync(db => db.ReportSnapshots.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task The_capture_button_keeps_the_page_and_a_refused_address_is_shown_as_an_error()
    {
        var reportId = await AddReportAsync(Site.Url("/article.html").AbsoluteUri);
        var refusedId = await AddReportAsync("http://169.254.169.254/latest/meta-data/", title: "metadata");
        var editor = await App.SignedInClientAsync("editor", Roles.Editor);

        var captured = await editor.PostFormAsync($"/editor/reports/{reportId}?handler=Capture", [], formUrl: $"/editor/reports/{reportId}");
        var refused = await editor.PostFormAsync($"/editor/reports/{refusedId}?handler=Capture", [], formUrl: $"/editor/reports/{refusedId}");

        captured.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (_, page) = await editor.GetPageAsync($"/editor/reports/{reportId}");
        page.QuerySelector("#snapshots .snapshot")!.TextContent.Should().Contain("HTML page").And.Contain("captured by the tracker");
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await refused.ParseAsync()).QuerySelector("#snapshot-capture [role=alert]")!.TextContent.Should().StartWith("Refused: 169.254.169.254");
    }
}
