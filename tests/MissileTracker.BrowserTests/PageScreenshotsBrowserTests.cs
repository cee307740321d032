using Microsoft.Playwright;
using MissileTracker.Tests.Builders;

namespace MissileTracker.BrowserTests;

/// <summary>
/// Every reading page at desktop (1280 px) and phone (390 px) width: it loads without browser errors and
/// fits the phone's width. With MISSILETRACKER_SCREENSHOTS set, each view is saved for the documentation
/// as {page}-desktop.png and {page}-phone.png.
/// </summary>
public sealed class PageScreenshotsBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "timeline", "/" },
        { "map", "/map" },
        { "statistics", "/stats" },
        { "strike", $"/strikes/{KnownEvidence.KharkivStrikeId}" },
        { "official", $"/officials/{KnownEvidence.KirbyId}" },
        { "outlet", "/outlets/UNN" },
        { "claims", "/claims" },
        { "methodology", "/methodology" },
        { "timeline-uk", "/uk/" },
        { "map-uk", "/uk/map" },
        { "statistics-uk", "/uk/stats" },
        { "strike-uk", $"/uk/strikes/{KnownEvidence.KharkivStrikeId}" },
        { "official-uk", $"/uk/officials/{KnownEvidence.KirbyId}" },
        { "claims-uk", "/uk/claims" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_renders_at_desktop_and_phone_width(string name, string path)
    {
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
            if (path.EndsWith("/map", StringComparison.Ordinal))
            {
                await page.Locator("#strike-map.map-ready").WaitForAsync();
            }

            if (path.EndsWith("/stats", StringComparison.Ordinal))
            {
                await page.Locator("canvas[data-bars]").First.WaitForAsync();
            }

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.Should().BeLessThanOrEqualTo(0, $"{path} fits a {width} px wide screen");
            errors.All.Should().BeEmpty();
            await page.SnapAsync($"{name}-{device}");
            await context.CloseAsync();
        }
    }
}
