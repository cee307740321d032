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
/// An editor uploads a PDF snapshot of a report of the Kharkiv strike, records physical evidence of the strike with a custody step and
/// uploads its photo; a reviewer publishes it; an anonymous visitor sees both files with their SHA-256 on the strike's page.
/// </summary>
public sealed class PhysicalEvidenceBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n% evidence\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 9, 8, 7];

    [Fact]
    public async Task An_editor_uploads_a_report_snapshot_and_an_evidence_photo_and_the_public_strike_page_shows_both_hashes()
    {
        int reportId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            reportId = await scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Reports
                .Where(r => r.Title == KnownEvidence.KirbyArticleTitle).Select(r => r.Id).SingleAsync();
        }

        var pdfHash = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        var photoHash = Convert.ToHexStringLower(SHA256.HashData(Png));
        var editor = await app.NewVisitorAsync();
        await EditorWorkflowBrowserTests.SignInAsync(editor, await app.CreateStaffAsync("evidence-editor", Roles.Editor));

        await editor.GotoAsync($"/editor/reports/{reportId}");
        await editor.GetByLabel("Upload a snapshot").SetInputFilesAsync(new FilePayload { Name = "kirby-briefing.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        (await editor.Locator("[role=status]").First.InnerTextAsync()).Should().Contain(pdfHash);

        await editor.GotoAsync($"/editor/evidence?strikeId={KnownEvidence.KharkivStrikeId}");
        await editor.GetByLabel("What was found").FillAsync("missile debris");
        await editor.GetByLabel("Markings").FillAsync("112");
        await editor.GetByLabel("Examined by (in words)").FillAsync("Conflict Armament Research (CAR)");
        await editor.GetByLabel("Finding (verbatim)").FillAsync("Hwasong-11 series");
        await editor.GetByLabel(KnownEvidence.KirbyArticleTitle, new() { Exact = false }).CheckAsync();
        await editor.GetByLabel("Held by").First.FillAsync("Kharkiv police");
        await editor.GetByLabel("Handed to").First.FillAsync("Conflict Armament Research");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save evidence record" }).ClickAsync();
        (await editor.Locator("[role=status]").First.InnerTextAsync()).Should().Contain("saved (draft)");
        var recordUrl = editor.Url;

        await editor.GetByLabel("Upload a photo").SetInputFilesAsync(new FilePayload { Name = "debris.png", MimeType = "image/png", Buffer = Png });
        await editor.GetByLabel("Caption").FillAsync("Debris with the marking 112");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Upload photo" }).ClickAsync();
        (await editor.Locator("[role=status]").First.InnerTextAsync()).Should().Contain(photoHash);
        await editor.SnapAsync("editor-evidence");
        await editor.SetViewportSizeAsync(390, 844);
        await editor.SnapAsync("editor-evidence-phone");

        var reviewer = await app.NewVisitorAsync();
        await EditorWorkflowBrowserTests.SignInAsync(reviewer, await app.CreateStaffAsync("evidence-reviewer", Roles.Reviewer));
        await reviewer.GotoAsync(recordUrl);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        (await reviewer.Locator("[role=status]").First.InnerTextAsync()).Should().Contain("now published");

        var visitor = await app.NewVisitorAsync();
        await visitor.GotoAsync(KnownEvidence.KharkivStrikePath);
        var photo = visitor.Locator(".evidence-photo").First;
        (await photo.InnerTextAsync()).Should().Contain("Debris with the marking 112").And.Contain(photoHash);
        (await visitor.Locator(".evidence-record").First.InnerTextAsync()).Should().Contain("112").And.Contain("Hwasong-11 series")
            .And.Contain("Kharkiv police").And.Contain("handed to Conflict Armament Research");
        (await visitor.Locator("section[aria-labelledby=reports-heading] .snapshot").First.InnerTextAsync()).Should().Contain("PDF").And.Contain(pdfHash);
        await visitor.SnapAsync("strike-physical-evidence");
        await visitor.SetViewportSizeAsync(390, 844);
        await visitor.Locator("#evidence-heading").ScrollIntoViewIfNeededAsync();
        await visitor.SnapAsync("strike-physical-evidence-phone");

        var download = await visitor.RunAndWaitForDownloadAsync(() => photo.GetByRole(AriaRole.Link).ClickAsync());
        Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(await download.PathAsync()))).Should().Be(photoHash);
    }
}
