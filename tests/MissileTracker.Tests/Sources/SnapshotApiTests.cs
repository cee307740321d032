using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Sources;

namespace MissileTracker.Tests.Sources;

/// <summary>Snapshots through the API: uploads of each kind, refusals, captures from the local site, and downloads that hash to their address.</summary>
public sealed class SnapshotApiTests : SnapshotTestSite
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, 0xFF, 0xD9];

    protected override Dictionary<string, string?> MoreSettings => new() { ["Snapshots:MaxBytes"] = "4096" };

    public static TheoryData<string, byte[], string, string> Files => new()
    {
        { "page.html", Encoding.UTF8.GetBytes(LocalSite.ArticleHtml), "text/html", "text/html" },
        { "report.pdf", LocalSite.Pdf, "application/pdf", "application/pdf" },
        { "screen.png", Png, "image/png", "image/png" },
        { "screen.jpg", Jpeg, "image/jpeg", "image/jpeg" },
        { "notes.txt", Encoding.UTF8.GetBytes("Police: two missiles hit Kharkiv.\nЗвіт поліції."), "text/plain", "text/plain" },
        { "saved", LocalSite.Pdf, "application/octet-stream", "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_kind_of_file_is_stored_under_its_hash_and_downloads_to_the_same_bytes(string name, byte[] content, string declared, string expected)
    {
        var reportId = await AddReportAsync("https://example.org/a");
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", FilePart(content, name, declared));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var snapshot = await response.ReadJsonAsync<SnapshotDto>();
        snapshot.MediaType.Should().Be(expected);
        snapshot.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(content)));
        snapshot.SizeBytes.Should().Be(content.Length);
        snapshot.Origin.Should().Be(SnapshotOrigin.Upload);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/snapshots/{snapshot.Sha256}");

        var report = await App.CreateClient().GetJsonAsync<ReportDetail>($"/api/v1/reports/{reportId}");
        report.Snapshots.Should().ContainSingle().Which.Sha256.Should().Be(snapshot.Sha256);

        var download = await App.CreateClient().GetAsync(snapshot.DownloadUrl);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(snapshot.Sha256, "a reader verifies a download by hashing it");
        download.Content.Headers.ContentType!.MediaType.Should().Be(expected);
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        download.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        download.Headers.GetValues("Content-Security-Policy").Single().Should().Be(SourcesApi.DownloadContentSecurityPolicy);
    }

    [Theory]
    [InlineData("report.pdf", "application/pdf")]
    [InlineData("photo.jpg", "image/jpeg")]
    public async Task A_file_whose_declared_type_disagrees_with_its_content_is_refused(string name, string declared)
    {
        var reportId = await AddReportAsync("https://example.org/a");
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", FilePart(Png, name, declared));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("file")
            .WhoseValue.Single().Should().Contain($"declared as {declared}").And.Contain("image/png");
        (await App.WithDbAsync(db => Task.FromResult(db.ReportSnapshots.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task A_file_of_another_kind_named_as_an_accepted_one_is_refused()
    {
        var reportId = await AddReportAsync("https://example.org/a");
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

        var response = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", FilePart(executable, "report.pdf", "application/pdf"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors["file"].Single().Should().Contain("not HTML, PDF, PNG, JPEG or plain text");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        var reportId = await AddReportAsync("https://example.org/a");
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        var justOver = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", FilePart(Encoding.ASCII.GetBytes(new string('a', 4097)), "a.txt", "text/plain"));
        var farOver = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", FilePart(new byte[200_000], "a.txt", "text/plain"));

        justOver.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await justOver.ReadJsonAsync<ValidationProblemDetails>()).Errors["file"].Single().Should().Be("The file is larger than 4,096 bytes.");
        farOver.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_upload_without_a_file_names_the_field()
    {
        var reportId = await AddReportAsync("https://example.org/a");
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", new MultipartFormDataContent { { new StringContent("x"), "other" } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("file");
    }

    [Fact]
    public async Task The_same_file_twice_on_a_report_is_a_conflict()
    {
        var reportId = await AddReportAsync("https://example.org/a");
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        (await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", FilePart(LocalSite.Pdf, "a.pdf", "application/pdf"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var again = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", FilePart(LocalSite.Pdf, "b.pdf", "application/pdf"));

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_draft_reports_snapshot_is_not_public()
    {
        var reportId = await AddReportAsync("https://example.org/draft", published: false);
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        var snapshot = await (await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots", FilePart(LocalSite.Pdf, "a.pdf", "application/pdf"))).ReadJsonAsync<SnapshotDto>();

        var anonymous = await App.CreateClient().GetAsync(snapshot.DownloadUrl);
        var staff = await editor.GetAsync(snapshot.DownloadUrl);

        anonymous.StatusCode.Should().Be(HttpStatusCode.NotFound);
        staff.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    public async Task Anything_but_a_stored_lower_case_hash_is_not_found(string address)
    {
        var response = await App.CreateClient().GetAsync($"/api/v1/snapshots/{Uri.EscapeDataString(address)}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_capture_fetches_the_report_url_from_the_local_site()
    {
        var reportId = await AddReportAsync(Site.Url("/moved").AbsoluteUri);
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots/capture", null);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var snapshot = await response.ReadJsonAsync<SnapshotDto>();
        snapshot.Origin.Should().Be(SnapshotOrigin.Capture);
        snapshot.MediaType.Should().Be("text/html");
        snapshot.SourceUrl.Should().Be(Site.Url("/article.html").AbsoluteUri);
        snapshot.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(LocalSite.ArticleHtml))));
        var download = await App.CreateClient().GetAsync(snapshot.DownloadUrl);
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment", "captured HTML never renders on the tracker's origin");
    }

    [Theory]
    [InlineData("http://10.0.0.1/article", "private")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://127.0.0.1:1/", "loopback")]
    [InlineData("http://intranet.test/", "private")]
    public async Task A_capture_of_an_internal_address_is_refused_naming_the_url(string url, string kind)
    {
        var reportId = await AddReportAsync(url);
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots/capture", null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors["url"].Single().Should().StartWith("Refused:").And.Contain(kind);
    }

    [Theory]
    [InlineData("/to-loopback")]
    [InlineData("/to-private")]
    [InlineData("/to-metadata")]
    [InlineData("/to-ipv6-loopback")]
    public async Task A_capture_redirected_into_an_internal_address_is_refused(string path)
    {
        var reportId = await AddReportAsync(Site.Url(path).AbsoluteUri);
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots/capture", null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors["url"].Single().Should().StartWith("Refused:");
        Site.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_captured_page_that_is_no_accepted_kind_is_refused()
    {
        var reportId = await AddReportAsync(Site.Url("/binary").AbsoluteUri);
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync($"/api/v1/reports/{reportId}/snapshots/capture", null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("url");
    }

    [Fact]
    public async Task The_external_archive_url_is_recorded_and_must_be_http()
    {
        var editor = await App.ClientWithRolesAsync("editor", Roles.Editor);
        var body = new { url = "https://example.org/b", outlet = "X", title = "Y", language = "en", archiveUrl = "https://web.archive.org/web/2024/https://example.org/b" };

        var created = await editor.PostAsync("/api/v1/reports", System.Net.Http.Json.JsonContent.Create(body));
        var refused = await editor.PostAsync("/api/v1/reports", System.Net.Http.Json.JsonContent.Create(body with { url = "https://example.org/c", archiveUrl = "javascript:alert(1)" }));

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        (await created.ReadJsonAsync<ReportDetail>()).ArchiveUrl.Should().Be(body.archiveUrl);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("archiveUrl");
    }
}
