using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissileTracker.Web.Data;
using MissileTracker.Web.Data.Reference;

namespace MissileTracker.BrowserTests;

/// <summary>The app started on the shipped reference data (the public record) instead of the tests' known evidence.</summary>
public sealed class ReferenceLiveApp : LiveApp
{
    protected override async Task AddEvidenceAsync(IServiceProvider services)
    {
        var loader = ActivatorUtilities.CreateInstance<ReferenceDataLoader>(services);
        var result = await loader.ApplyAsync(ReferenceDataset.Shipped, dryRun: false);
        result.Count(ReferenceAction.Added).Should().Be(result.Changes.Count);
    }

    /// <summary>The id a reference key was stored under.</summary>
    public async Task<int> IdOfAsync(string key)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Set<ReferenceKey>()
            .Where(k => k.Key == key).Select(k => k.EntityId).SingleAsync();
    }
}

/// <summary>
/// The timeline, the map, the claims page and two strike pages with the shipped public record, at desktop (1280 px) and
/// phone (390 px) width: each loads without browser errors and fits the phone. With MISSILETRACKER_SCREENSHOTS set, each
/// view is saved as reference-{page}-desktop.png and reference-{page}-phone.png for the README.
/// </summary>
public sealed class ReferenceScreenshotsBrowserTests(ReferenceLiveApp app) : IClassFixture<ReferenceLiveApp>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "timeline", "/" },
        { "map", "/map" },
        { "claims", "/claims" },
        { "statistics", "/stats" },
        { "strike-kharkiv", "strike:2024-01-02-kharkiv" },
        { "strike-rozhivka", "strike:2024-08-10-rozhivka" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_shows_the_public_record_at_desktop_and_phone_width(string name, string target)
    {
        var path = target.StartsWith("strike:", StringComparison.Ordinal) ? $"/strikes/{await app.IdOfAsync(target)}" : target;
        foreach (var (device, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        {
            var context = await app.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = app.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = width, Height = height },
                DeviceScaleFactor = 1,
            });
            var page = await context.NewPageAsync();
            var errors = BrowserErrors.Watch(page);

            var response = await page.GotoAsync(path);
            response!.Status.Should().Be(200, $"{path} loads");
            if (path == "/map")
            {
                await page.Locator("#strike-map.map-ready").WaitForAsync();
            }

            if (path == "/stats")
            {
                // The claims chart: the public record's dated claims, one series per speaker.
                await page.Locator("canvas[data-claims-for][data-points]").First.WaitForAsync();
            }

            var text = await page.Locator("main").InnerTextAsync();
            text.Should().Contain(name switch
            {
                "timeline" => "Pokrovsk",
                "map" => "Kharkiv",
                "claims" => "Kostin",
                "statistics" => "What officials claimed, over time",
                "strike-kharkiv" => "Andriy Kostin",
                _ => "Rozhivka",
            });
            var wide = await page.EvaluateAsync<string[]>("() => { const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) { const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'hidden' || o === 'scroll') return true; } return false; }; return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e)).slice(0, 6).map(e => e.tagName + '.' + e.className + ' [' + Math.round(e.getBoundingClientRect().right) + ']: ' + (e.textContent || '').trim().slice(0, 60)); }");
            await page.SnapAsync($"reference-{name}-{device}");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.Should().BeLessThanOrEqualTo(0, $"{path} fits a {width} px wide screen; too wide: {string.Join(" | ", wide)}");
            errors.All.Should().BeEmpty();
            await context.CloseAsync();
        }
    }
}
