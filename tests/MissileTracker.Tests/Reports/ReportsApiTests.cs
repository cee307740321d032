using System.Net;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Reports;

namespace MissileTracker.Tests.Reports;

public sealed class ReportsApiTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public ReportsApiTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Lists_the_two_source_articles_without_inventing_links_or_dates()
    {
        var page = await _client.GetJsonAsync<PagedResponse<ReportSummary>>("/api/v1/reports");

        page.Total.Should().Be(2);
        page.Items.Should().OnlyContain(r => r.Url == null && r.PublishedOn == null);
        var unn = page.Items.Single(r => r.Outlet == "UNN");
        unn.Cites.Should().Be("Voice of America interview");
        unn.StatementCount.Should().Be(2);
        page.Items.Single(r => r.Outlet != "UNN").StrikeCount.Should().Be(3);
    }

    [Fact]
    public async Task Filters_by_outlet_case_insensitively_and_by_date()
    {
        await _app.AddRangeAsync(
            Evidence.Report("Old", "Kyiv Independent", "https://kyivindependent.com/a", new DateOnly(2024, 2, 7)),
            Evidence.Report("New", "Kyiv Independent", "https://kyivindependent.com/b", new DateOnly(2024, 5, 1)));

        var byOutlet = await _client.GetJsonAsync<PagedResponse<ReportSummary>>("/api/v1/reports?outlet=kyiv%20independent");
        var byDate = await _client.GetJsonAsync<PagedResponse<ReportSummary>>("/api/v1/reports?from=2024-03-01");

        byOutlet.Items.Select(r => r.Title).Should().Equal("New", "Old");
        byDate.Items.Should().ContainSingle().Which.Url.Should().Be("https://kyivindependent.com/b");
    }

    [Fact]
    public async Task Get_returns_the_strikes_covered_and_statements_published()
    {
        var list = await _client.GetJsonAsync<PagedResponse<ReportSummary>>("/api/v1/reports?outlet=UNN");

        var unn = await _client.GetJsonAsync<ReportDetail>($"/api/v1/reports/{list.Items[0].Id}");

        unn.Strikes.Should().BeEmpty("the UNN article makes an aggregate claim, not a strike report");
        unn.Statements.Should().HaveCount(2).And.OnlyContain(s => s.Aggregate != null && s.Official!.Name == "Jung H. Pak");
    }

    [Fact]
    public async Task Bad_date_gets_400_and_unknown_id_404()
    {
        var bad = await _client.GetAsync("/api/v1/reports?from=2024-1-1");
        var missing = await _client.GetAsync("/api/v1/reports/31337");

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("from");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
