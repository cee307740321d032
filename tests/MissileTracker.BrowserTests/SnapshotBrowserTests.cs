using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;

namespace MissileTracker.BrowserTests;

/// <summary>
/// An editor uploads a PDF snapshot of a published report; an anonymous visitor sees it with its SHA-256 on the report page
/// and on the page of a strike the report covers, and downloads a file with that hash.
/// </summary>
public sealed class SnapshotBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task An_editor_uploads_a_pdf_and_the_public_report_page_shows_its_hash()
    {
        int reportId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            reportId = await scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Reports
                .Where(r => r.Title == KnownEvidence.KirbyArticleTitle).Select(r => r.Id).SingleAsync();
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        var editor = await app.NewVisitorAsync();
        await EditorWorkflowBrowserTests.SignInAsync(editor, await app.CreateStaffAsync("snapshot-editor", Roles.Editor));
        await editor.GotoAsync($"/editor/reports/{reportId}");
        await editor.GetByLabel("Upload a snapshot").SetInputFilesAsync(new FilePayload { Name = "kirby-briefing.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        (await editor.Locator("[role=status]").First.InnerTextAsync()).Should().Contain(hash);
        await editor.SnapAsync("editor-report-snapshots");

        var visitor = await app.NewVisitorAsync();
        await visitor.GotoAsync($"/reports/{reportId}");
        var snapshot = visitor.Locator(".snapshot").First;
        (await snapshot.InnerTextAsync()).Should().Contain("Archived on").And.Contain("PDF").And.Contain(hash);
        await visitor.SnapAsync("report-snapshots");

        var download = await visitor.RunAndWaitForDownloadAsync(() => snapshot.GetByRole(AriaRole.Link).ClickAsync());
        var path = await download.PathAsync();
        Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))).Should().Be(hash, "the visitor can verify the copy with sha256sum");

        await visitor.GotoAsync(KnownEvidence.KharkivStrikePath);
        (await visitor.Locator("section[aria-labelledby=reports-heading] .snapshot").First.InnerTextAsync()).Should().Contain("PDF").And.Contain(hash);
        await visitor.SnapAsync("strike-report-snapshots");
    }
}
