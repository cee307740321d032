using Microsoft.Playwright;

namespace MissileTracker.BrowserTests;

/// <summary>
/// Saves documentation screenshots while the browser tests walk through the UI, when
/// MISSILETRACKER_SCREENSHOTS names a folder (e.g. docs/screenshots); otherwise does nothing.
/// </summary>
public static class Screenshots
{
    public const string Variable = "MISSILETRACKER_SCREENSHOTS";

    public static async Task SnapAsync(this IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
