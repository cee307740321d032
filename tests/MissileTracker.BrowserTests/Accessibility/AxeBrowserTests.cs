using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Releases;
using MissileTracker.Web.Strikes;

namespace MissileTracker.BrowserTests.Accessibility;

/// <summary>
/// Issue 20: axe-core finds no serious or critical violation on any page. The page list is the app's own
/// Razor Pages routes, so a new page is checked (or the test asks for a sample URL for it); public pages are
/// visited anonymously, staff pages signed in with every role, with a record of each kind present.
/// </summary>
public sealed class AxeBrowserTests(AxeBrowserTests.App app) : IClassFixture<AxeBrowserTests.App>
{
    /// <summary>A URL for each route template that has parameters, filled with records <see cref="App"/> holds.</summary>
    private static readonly Dictionary<string, string[]> SampleUrls = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Error"] = ["/Error"],
        ["officials/{id:int}"] = [KnownEvidence.KirbyPath],
        ["outlets/{**outlet}"] = ["/outlets/UNN"],
        ["places/{id:int}"] = [$"/places/{App.PublishedPlaceId}"],
        ["releases/{version}"] = ["/releases/2026.12"],
        ["releases/diff"] = ["/releases/diff?from=2026.11&to=2026.12"],
        ["reports/{id:int}"] = ["/reports/1"],
        ["strikes/{id:int}"] = [KnownEvidence.KharkivStrikePath],
        ["editor/places/{id:int}"] = [$"/editor/places/{App.EditorPlaceId}"],
        ["editor/reports/{id:int}"] = ["/editor/reports/1"],
        ["editor/evidence/{id:int?}"] = [$"/editor/evidence?strikeId={KnownEvidence.KharkivStrikeId}", $"/editor/evidence/{App.EvidenceRecordId}"],
        ["statements/{id:int}/history"] = ["/statements/1/history"],
        ["editor/review/merge/{id:int}"] = ["/editor/review/merge/2?into=1"],
        ["editor/statements/{id:int?}"] = ["/editor/statements?reportId=1", "/editor/statements/1"],
        ["editor/strikes/{id:int?}"] = ["/editor/strikes?reportId=1", $"/editor/strikes/{KnownEvidence.KharkivStrikeId}"],
        // The time axis and filters on a filtered timeline differ from the plain one.
        [""] = ["/", "/?oblast=Kharkiv&from=2024-01-01"],
    };

    /// <summary>Routes that answer with no page to check: JSON for the type-ahead, POST-only actions, a redirect.</summary>
    private static readonly string[] NotPages = ["editor/places/find", "editor/review/{kind}/{id:int}/{action}", "account/logout"];

    /// <summary>Pages outside Razor Pages.</summary>
    private static readonly string[] OtherPages = ["/swagger/index.html"];

    private static readonly string[] StaffPrefixes = ["editor", "admin", "account/tokens"];

    /// <summary>Ukrainian pages whose layout or text differs most from the English (longer words, translated labels and charts).</summary>
    private static readonly string[] UkrainianPages = ["/uk/", "/uk/map", "/uk/stats", "/uk/methodology", $"/uk{KnownEvidence.KharkivStrikePath}"];

    [Fact]
    public async Task No_page_has_a_serious_or_critical_axe_violation()
    {
        var templates = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Select(page => page.AttributeRouteInfo!.Template!)
            .Distinct()
            .Where(template => !NotPages.Contains(template, StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        templates.Should().Contain("editor/reports/{id:int}", "the page list comes from the app's routes");
        var missing = templates.Where(t => t.Contains('{') && !SampleUrls.ContainsKey(t)).ToList();
        missing.Should().BeEmpty("every page route with parameters needs a sample URL in SampleUrls so axe can check it");

        var urls = templates.SelectMany(t => SampleUrls.TryGetValue(t, out var samples) ? samples : ["/" + t]).Concat(OtherPages).ToList();
        var staffUrls = urls.Where(IsStaffPage).ToList();
        var publicUrls = urls.Except(staffUrls).ToList();

        var report = new List<string>();
        var visitor = await app.NewVisitorAsync();
        await visitor.SetViewportSizeAsync(1280, 900);
        foreach (var url in publicUrls)
        {
            report.AddRange(await CheckAsync(visitor, url));
        }

        var staff = await app.NewVisitorAsync();
        await staff.SetViewportSizeAsync(1280, 900);
        var email = await app.CreateStaffAsync("axe-staff", Roles.Editor, Roles.Reviewer, Roles.Admin);
        await EditorWorkflowBrowserTests.SignInAsync(staff, email);
        foreach (var url in staffUrls)
        {
            report.AddRange(await CheckAsync(staff, url));
        }

        // The layout signed in (the top bar with the email and sign-out) on a public page too.
        report.AddRange(await CheckAsync(staff, "/"));
        foreach (var url in UkrainianPages)
        {
            report.AddRange(await CheckAsync(visitor, url));
        }

        report.AddRange(await CheckAsync(staff, $"/uk/editor/strikes/{KnownEvidence.KharkivStrikeId}"));

        report.Should().BeEmpty($"axe-core finds no serious or critical violation on {urls.Count + UkrainianPages.Length + 1} pages:\n{string.Join("\n", report)}");
    }

    private static bool IsStaffPage(string url) =>
        StaffPrefixes.Any(prefix => url.TrimStart('/').StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        // The error and access-denied pages answer with their status; they are pages all the same.
        if (response is null || response.Status >= 400 && url is not ("/Error" or "/account/denied"))
        {
            return [$"{url}: answered {response?.Status}, not a page to check"];
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (url.StartsWith("/map", StringComparison.Ordinal))
        {
            await page.Locator("#strike-map.map-ready").WaitForAsync();
        }

        var violations = await Axe.SeriousViolationsAsync(page);
        return violations.Count == 0 ? [] : [Axe.Describe(url, violations)];
    }

    /// <summary>The known evidence plus a record of every other kind a page shows: places (published and editor-added) and two releases.</summary>
    public sealed class App : LiveApp
    {
        public const int PublishedPlaceId = 1;
        public const int EditorPlaceId = 2;
        public const int EvidenceRecordId = 1;

        protected override async Task AddEvidenceAsync(IServiceProvider services)
        {
            await base.AddEvidenceAsync(services);
            var db = services.GetRequiredService<TrackerDbContext>();
            var kharkiv = await db.Strikes.SingleAsync(s => s.Id == KnownEvidence.KharkivStrikeId);
            var place = new Web.Places.Place
            {
                GazetteerKey = "706483", GeoNamesId = 706483, Name = "Kharkiv", NameUk = "Харків", Oblast = Oblast.Kharkiv,
                Latitude = 49.98081, Longitude = 36.25272, Status = PublicationStatus.Published, PublishedAt = DateTime.UtcNow,
            };
            kharkiv.Places.Add(new StrikePlace { Strike = kharkiv, Place = place, Position = 0, Precision = LocationPrecision.Settlement });
            await db.SaveChangesAsync();
            place.Id.Should().Be(PublishedPlaceId);
            db.Places.Add(new Web.Places.Place
            {
                Name = "Testivka", Oblast = Oblast.Kyiv, Raion = "Brovary Raion", Latitude = 50.6, Longitude = 30.9, EditorAdded = true,
                Status = PublicationStatus.Draft,
            });
            await db.SaveChangesAsync();

            // Test data in the shape of a debris finding, with custody, so the strike page's evidence section is checked too.
            var record = new Web.Evidence.EvidenceRecord
            {
                Strike = kharkiv, Component = "Test remnants", Markings = "000", ExaminedBy = "Test examiners", Finding = "Test finding",
                Status = PublicationStatus.Published, PublishedAt = DateTime.UtcNow,
            };
            record.Custody.Add(new Web.Evidence.CustodyEvent { EvidenceRecord = record, Position = 0, Holder = "Test holder", HandedTo = "Test lab" });
            db.EvidenceRecords.Add(record);
            await db.SaveChangesAsync();
            record.Id.Should().Be(EvidenceRecordId);

            var writer = services.GetRequiredService<ReleaseWriter>();
            foreach (var version in new[] { "2026.11", "2026.12" })
            {
                (await writer.CreateAsync(version, "Release for the accessibility check.", null, null, CancellationToken.None)).Should().NotBeNull();
            }
        }
    }
}
