using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;

namespace MissileTracker.BrowserTests;

/// <summary>
/// Issue 13: an editor enters a statement saying "at least 6" missiles labelled "KN-23 or KN-24" (the set KN-23, KN-24),
/// and an anonymous visitor reads both back on the strike page, with the attribution timeline in the order things were said.
/// </summary>
public sealed class QualifiedFigureBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const string Quote = "At least six missiles, preliminarily identified as KN-23 or KN-24.";

    [Fact]
    public async Task An_editor_enters_at_least_6_and_a_verbatim_label_and_a_visitor_reads_them_on_the_strike_page()
    {
        var editorEmail = await app.CreateStaffAsync("figures-editor", Roles.Editor);
        int reportId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            reportId = await db.Reports.Where(r => r.Title == KnownEvidence.KirbyArticleTitle).Select(r => r.Id).SingleAsync();
        }

        var editor = await app.NewVisitorAsync();
        var editorErrors = BrowserErrors.Watch(editor);
        await EditorWorkflowBrowserTests.SignInAsync(editor, editorEmail);
        await editor.GotoAsync($"/editor/statements?reportId={reportId}");
        await editor.GetByLabel("On behalf of (organisation)").FillAsync("Kharkiv Regional Military Administration");
        await editor.GetByLabel("Said on").FillAsync("2024-01-06");
        await editor.GetByLabel("Time (Kyiv)").FillAsync("18:30");
        await editor.GetByLabel("Quote (as published)").FillAsync(Quote);
        await editor.GetByLabel("The source calls it preliminary").CheckAsync();
        var row = (await editor.Locator($"input[name$='.Figures.StrikeId'][value='{KnownEvidence.KharkivStrikeId}']").GetAttributeAsync("name"))!;
        var prefix = row[..row.IndexOf(".Figures.", StringComparison.Ordinal)];
        await editor.Locator($"input[type=checkbox][name='{prefix}.Selected']").CheckAsync();
        await editor.Locator($"input[name='{prefix}.Figures.WeaponLabel']").FillAsync("KN-23 or KN-24");
        await editor.Locator($"select[name='{prefix}.Figures.MissileTypes']").SelectOptionAsync(["kn-23", "kn-24"]);
        await editor.Locator($"select[name='{prefix}.Figures.OriginClaim']").SelectOptionAsync(new SelectOptionValue { Label = "Made in North Korea" });
        await editor.Locator($"select[name='{prefix}.Figures.MissileCountQualifier']").SelectOptionAsync(new SelectOptionValue { Label = "At least" });
        (await editor.Locator($"input[name='{prefix}.Figures.MissileCountHigh']").IsVisibleAsync()).Should().BeFalse("the high end is asked for a range only");
        await editor.Locator($"input[name='{prefix}.Figures.MissileCount']").FillAsync("6");
        await editor.SnapAsync("editor-statement-qualified-figure");
        await editor.SetViewportSizeAsync(390, 844);
        (await editor.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).Should().BeLessThanOrEqualTo(0, "the statement form fits a phone");
        await editor.SnapAsync("editor-statement-qualified-figure-phone");
        await editor.SetViewportSizeAsync(1280, 900);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await editor.WaitForURLAsync(url => url.Contains("/editor/reports/", StringComparison.Ordinal));
        editorErrors.All.Should().BeEmpty();

        // Publication is the reviewer's flow (tested in EditorWorkflowBrowserTests); here the draft is published directly.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var statement = await db.Statements.IgnoreQueryFilters().SingleAsync(s => s.Quote == Quote);
            statement.Status = PublicationStatus.Published;
            statement.PublishedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        var visitor = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(visitor);
        await visitor.GotoAsync(KnownEvidence.KharkivStrikePath);
        var source = visitor.Locator("table.evidence-table tbody tr", new() { HasText = "Kharkiv Regional Military Administration" });
        (await source.InnerTextAsync()).Should().Contain("at least 6").And.Contain("“KN-23 or KN-24” (KN-23, KN-24)").And.Contain("preliminary");
        var timeline = await visitor.Locator("ol.attribution-timeline > li").AllInnerTextsAsync();
        timeline.Should().HaveCount(2);
        timeline[0].Should().Contain("6 Jan 2024, 18:30").And.Contain("“KN-23 or KN-24”").And.Contain("made in North Korea").And.Contain("preliminary");
        timeline[1].Should().Contain("9 Jan 2024").And.Contain("John Kirby");
        errors.All.Should().BeEmpty();
        await visitor.SnapAsync("strike-attribution-timeline");
        await visitor.SetViewportSizeAsync(390, 844);
        await visitor.ReloadAsync();
        (await visitor.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).Should().BeLessThanOrEqualTo(0, "the strike page fits a phone (the evidence table scrolls in its box)");
        await visitor.SnapAsync("strike-attribution-timeline-phone");
    }
}
