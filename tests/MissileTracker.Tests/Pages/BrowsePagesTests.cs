using System.Net;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Pages;

public sealed class BrowsePagesTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public BrowsePagesTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Officials_page_lists_each_official_linking_to_their_statements()
    {
        var (_, list) = await _client.GetPageAsync("/officials");
        var rows = list.QuerySelectorAll("tbody tr");
        rows.Select(r => r.QuerySelector("th a")!.TextContent).Should().Equal("Antony Blinken", "John Kirby", "Jung H. Pak");

        var (response, pak) = await _client.GetPageAsync(rows[2].QuerySelector("th a")!.GetAttribute("href")!);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        pak.QuerySelector("h1")!.TextContent.Should().Be("Jung H. Pak");
        pak.Body!.TextContent.Should().Contain("Also reported as: Jeong Park").And.Contain("at least 10 cases");
        pak.QuerySelectorAll("article").Should().HaveCount(2);
    }

    [Fact]
    public async Task Reports_page_groups_by_outlet_and_opens_a_report()
    {
        var (_, list) = await _client.GetPageAsync("/reports");
        list.QuerySelectorAll("section h2").Select(h => h.TextContent).Should().Contain("UNN");

        var kirbyLink = list.QuerySelectorAll("a").First(a => a.TextContent.Contains("on the 6th", StringComparison.Ordinal));
        var (response, report) = await _client.GetPageAsync(kirbyLink.GetAttribute("href")!);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        report.QuerySelectorAll("a[href^='/strikes/']").Should().HaveCount(3 + 3, "three strikes covered, and the statements refer to them");
        report.Body!.TextContent.Should().Contain("Seong Jin Kwon").And.Contain("C-SPAN");
    }

    [Theory]
    [InlineData("BBC News/Ukraine")]
    [InlineData("ukrinform.net/eng")]
    [InlineData("a/b/c?d#e%f")]
    public async Task An_outlet_link_works_whatever_characters_the_outlet_name_holds(string outlet)
    {
        await _app.AddAsync(Evidence.Report("A report from a sub-desk", outlet, "https://example.org/" + Guid.NewGuid()));
        var (_, list) = await _client.GetPageAsync("/reports");

        var link = list.QuerySelectorAll("a.outlet-link").First(a => a.TextContent == outlet);
        var (response, page) = await _client.GetPageAsync(link.GetAttribute("href")!);

        response.StatusCode.Should().Be(HttpStatusCode.OK, $"the link {link.GetAttribute("href")} should open the outlet");
        page.QuerySelector("h1")!.TextContent.Should().Be(outlet);
        page.Body!.TextContent.Should().Contain("A report from a sub-desk");
    }

    [Fact]
    public async Task Reports_page_reports_a_bad_date_filter()
    {
        var (response, page) = await _client.GetPageAsync("/reports?to=never");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector(".alert-danger")!.TextContent.Should().Contain("to");
    }

    [Fact]
    public async Task Claims_page_shows_the_aggregate_claim_with_its_source()
    {
        var (response, page) = await _client.GetPageAsync("/claims");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var claim = page.QuerySelectorAll("article").Single(a => a.TextContent.Contains("at least 10 cases", StringComparison.Ordinal));
        claim.TextContent.Should().Contain("Jung H. Pak").And.Contain("UNN").And.Contain("There have been at least 10 cases");
    }

    [Theory]
    [InlineData("/officials/424242")]
    [InlineData("/reports/424242")]
    [InlineData("/no-such-page")]
    public async Task Unknown_addresses_get_the_404_page(string url)
    {
        var (response, page) = await _client.GetPageAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelector("h1")!.TextContent.Should().Be("Not found");
    }
}
