using System.Net;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;

namespace MissileTracker.Tests.Strikes;

public sealed class StrikePageTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public StrikePageTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Shows_details_statement_and_report_of_the_Kharkiv_strike()
    {
        var id = await _app.StrikeIdOnAsync(new DateOnly(2024, 1, 6));

        var (response, page) = await _client.GetPageAsync($"/strikes/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("6 Jan 2024 · Kharkiv, Kharkiv Oblast");
        page.Body!.TextContent.Should().Contain("Given as \"the 6th\"").And.Contain("centre of the settlement, not the impact site");
        var row = page.QuerySelector("table.evidence-table tbody tr")!;
        row.TextContent.Should().Contain("John Kirby").And.Contain("9 Jan 2024").And.Contain("at least 1");
        page.QuerySelector("#reports-heading + ul")!.TextContent.Should().Contain("Russian Airstrikes in Ukraine on the 6th").And.Contain("link not recorded");
    }

    [Fact]
    public async Task Shows_differing_figures_side_by_side_and_links_reports_with_outlet_and_date()
    {
        var strike = Evidence.Strike(new DateOnly(2024, 2, 7), Oblast.Kharkiv, "Kharkiv");
        var police = Evidence.Says(Evidence.Official("Serhii Bolvinov"), strike,
            Evidence.Report("Police: Russia fires 2 North Korean missiles at Kharkiv", "Kyiv Independent", "https://kyivindependent.com/police-kharkiv", new DateOnly(2024, 2, 7)),
            injured: 3, on: new DateOnly(2024, 2, 7));
        var other = Evidence.Says(Evidence.Official("Another Official"), strike, Evidence.Report("Other report", "Other Outlet"), injured: 5, on: new DateOnly(2024, 2, 8));
        await _app.AddRangeAsync(police, other);

        var (_, page) = await _client.GetPageAsync($"/strikes/{strike.Id}");

        var sources = page.QuerySelectorAll("table.evidence-table tbody tr th[scope=row]").Select(th => th.TextContent).ToList();
        sources.Should().HaveCount(2);
        sources[0].Should().Contain("Serhii Bolvinov");
        sources[1].Should().Contain("Another Official");
        var link = page.QuerySelector("a[href='https://kyivindependent.com/police-kharkiv']")!;
        link.GetAttribute("rel").Should().Contain("noopener");
        link.ParentElement!.TextContent.Should().Contain("Kyiv Independent").And.Contain("7 Feb 2024");
    }

    [Fact]
    public async Task Unknown_strike_gets_a_404_page()
    {
        var (response, page) = await _client.GetPageAsync("/strikes/999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.QuerySelector("h1")!.TextContent.Should().Be("Not found");
    }
}
