using Microsoft.Playwright;
using MissileTracker.Web.Accounts;

namespace MissileTracker.BrowserTests;

/// <summary>
/// Issue 20: signed in, the top bar stays one row at desktop width with the email clear of the search, and the staff
/// pages fit a phone; the report form's date box shows its whole date. With MISSILETRACKER_SCREENSHOTS set, each staff
/// page is saved as staff-{page}-desktop.png and staff-{page}-phone.png.
/// </summary>
public sealed class StaffLayoutBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "desk", "/editor" },
        { "new-report", "/editor/reports/new" },
        { "report", "/editor/reports/1" },
        { "strike-form", "/editor/strikes?reportId=1" },
        { "statement-form", "/editor/statements?reportId=1" },
        { "places", "/editor/places" },
        { "links", "/editor/links" },
        { "releases", "/editor/review/releases" },
        { "accounts", "/admin/users" },
        { "tokens", "/account/tokens" },
        // In Ukrainian, whose words run longer.
        { "places-uk", "/uk/editor/places" },
        { "new-place-uk", "/uk/editor/places/new" },
        { "links-uk", "/uk/editor/links" },
        { "evidence-uk", "/uk/editor/evidence?strikeId=3" },
        { "airforce-uk", "/uk/editor/airforce" },
        { "airforce-links-uk", "/uk/editor/airforce/links?decided=true" },
        { "merge-uk", "/uk/editor/review/merge/3" },
        { "releases-uk", "/uk/editor/review/releases" },
        { "accounts-uk", "/uk/admin/users" },
        { "tokens-uk", "/uk/account/tokens" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_staff_page_fits_desktop_and_phone_widths_signed_in(string name, string path)
    {
        var email = await app.CreateStaffAsync($"layout-{name}-with-a-long-name", Roles.Editor, Roles.Reviewer, Roles.Admin);
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
            await EditorWorkflowBrowserTests.SignInAsync(page, email);
            (await page.GotoAsync(path))!.Status.Should().Be(200, $"{path} loads");
            await page.SnapAsync($"staff-{name}-{device}");

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.Should().BeLessThanOrEqualTo(0, $"{path} fits a {width} px wide screen");
            var account = (await page.Locator("header .account-menu").BoundingBoxAsync())!;
            var search = (await page.Locator("header .site-search").BoundingBoxAsync())!;
            Overlap(account, search).Should().BeFalse($"the signed-in email stays clear of the search box at {width} px");
            if (device == "desktop")
            {
                var links = (await page.Locator("header .navbar-nav").BoundingBoxAsync())!;
                links.Height.Should().BeLessThan(60, "the top bar's links stay on one row at 1280 px");
            }

            foreach (var input in await page.Locator("main input[type=date]").AllAsync())
            {
                if (await input.IsVisibleAsync())
                {
                    // A date box narrower than its date (and picker button) clips it: scrollWidth exceeds the box.
                    var clipped = await input.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().width < 150");
                    clipped.Should().BeFalse($"the date box {await input.GetAttributeAsync("name")} on {path} shows its whole date at {width} px");
                }
            }

            errors.All.Should().BeEmpty();
            await context.CloseAsync();
        }
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
