using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;

namespace MissileTracker.BrowserTests;

/// <summary>Outlet names with slashes, through Kestrel and a real browser (its own app: it adds the reports).</summary>
public sealed class OutletLinksBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData("BBC News/Ukraine")]
    [InlineData("ukrinform.net/eng")]
    [InlineData("Desk 1/2 #night?")]
    public async Task Clicking_an_outlet_on_the_reports_page_opens_it(string outlet)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            db.Add(new Report { Title = $"Filed by {outlet}", Outlet = outlet, Language = "en", Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        }

        var analyst = await app.NewVisitorAsync();
        await analyst.GotoAsync("/reports?outlet=" + Uri.EscapeDataString(outlet));
        await analyst.Locator("a.outlet-link").Filter(new LocatorFilterOptions { HasTextString = outlet }).First.ClickAsync();

        await analyst.WaitForURLAsync(url => url.Contains("/outlets/", StringComparison.Ordinal));
        (await analyst.Locator("h1").InnerTextAsync()).Should().Be(outlet);
        (await analyst.Locator("body").InnerTextAsync()).Should().Contain($"Filed by {outlet}");
    }
}
