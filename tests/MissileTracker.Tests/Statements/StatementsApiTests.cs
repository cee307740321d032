using System.Net;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;

namespace MissileTracker.Tests.Statements;

/// <summary>The statement, claim and report filters: by official, organisation, period, outlet and language.</summary>
public sealed class StatementsApiTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public StatementsApiTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private async Task<IReadOnlyList<StatementDto>> ListAsync(string url) => (await _client.GetJsonAsync<PagedResponse<StatementDto>>(url)).Items;

    private async Task<int> OfficialIdAsync(string name) =>
        await _app.WithDbAsync(db => Task.FromResult(db.Officials.Single(o => o.Name == name).Id));

    [Fact]
    public async Task Lists_every_statement_and_filters_by_aggregate()
    {
        var all = await ListAsync("/api/v1/statements");
        var aggregate = await ListAsync("/api/v1/statements?aggregate=true");
        var aboutStrikes = await ListAsync("/api/v1/statements?aggregate=false");

        all.Should().HaveCount(aggregate.Count + aboutStrikes.Count);
        aggregate.Should().OnlyContain(s => s.Aggregate != null);
        aboutStrikes.Should().OnlyContain(s => s.Aggregate == null && s.Strikes.Count > 0);
    }

    [Fact]
    public async Task Filters_statements_and_claims_by_official()
    {
        var kirby = await OfficialIdAsync("John Kirby");
        var pak = await OfficialIdAsync("Jung H. Pak");

        var byKirby = await ListAsync($"/api/v1/statements?official={kirby}");
        var claimsByPak = await ListAsync($"/api/v1/claims?official={pak}");
        var claimsByKirby = await ListAsync($"/api/v1/claims?official={kirby}");

        byKirby.Should().NotBeEmpty().And.OnlyContain(s => s.Official!.Name == "John Kirby");
        claimsByPak.Should().HaveCount(2).And.OnlyContain(s => s.Aggregate != null);
        claimsByKirby.Should().BeEmpty();
    }

    [Fact]
    public async Task Filters_by_organisation_ignoring_case()
    {
        var state = await ListAsync("/api/v1/statements?organisation=u.s.%20department%20of%20state");

        state.Should().NotBeEmpty().And.OnlyContain(s => s.Organisation == "U.S. Department of State");
    }

    [Fact]
    public async Task Filters_by_period_leaving_out_undated_statements()
    {
        var strike = Evidence.Strike(new DateOnly(2024, 6, 1));
        await _app.AddAsync(Evidence.Says(Evidence.Official("Later"), strike, Evidence.Report(), on: new DateOnly(2024, 6, 2)));

        var january = await ListAsync("/api/v1/statements?from=2024-01-01&to=2024-01-31");
        var june = await ListAsync("/api/v1/statements?from=2024-06-01");

        january.Should().NotBeEmpty().And.OnlyContain(s => s.StatedOn == new DateOnly(2024, 1, 9));
        june.Should().ContainSingle().Which.Official!.Name.Should().Be("Later");
    }

    [Fact]
    public async Task Claims_take_the_period_and_text_filters_too()
    {
        var withText = await ListAsync("/api/v1/claims?q=battlefield");
        var inPeriod = await ListAsync("/api/v1/claims?from=2024-01-09&to=2024-01-09");

        withText.Should().ContainSingle().Which.Quote.Should().Contain("at least 10 cases");
        inPeriod.Should().ContainSingle().Which.Organisation.Should().Contain("47 countries");
    }

    [Theory]
    [InlineData("/api/v1/statements?official=Kirby", "official")]
    [InlineData("/api/v1/statements?aggregate=sometimes", "aggregate")]
    [InlineData("/api/v1/claims?from=2024-02-01&to=2024-01-01", "to")]
    [InlineData("/api/v1/reports?language=english-language", "language")]
    [InlineData("/api/v1/reports?updatedSince=yesterday", "updatedSince")]
    public async Task Bad_values_are_named(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey(parameter);
    }

    [Fact]
    public async Task Reports_filter_by_several_outlets_and_by_language()
    {
        await _app.AddRangeAsync(
            Evidence.Report("English", "Reuters", "https://www.reuters.com/a", new DateOnly(2024, 2, 1)),
            Evidence.Report("Ukrainian", "Ukrainska Pravda", "https://www.pravda.com.ua/b", new DateOnly(2024, 2, 2), language: "uk"));

        var outlets = await _client.GetJsonAsync<PagedResponse<ReportSummary>>("/api/v1/reports?outlet=reuters,UNN");
        var ukrainian = await _client.GetJsonAsync<PagedResponse<ReportSummary>>("/api/v1/reports?language=uk");
        var both = await _client.GetJsonAsync<PagedResponse<ReportSummary>>("/api/v1/reports?language=en,uk&from=2024-02-01");

        outlets.Items.Select(r => r.Outlet).Should().BeEquivalentTo("Reuters", "UNN");
        ukrainian.Items.Should().ContainSingle().Which.Title.Should().Be("Ukrainian");
        both.Items.Should().HaveCount(2);
    }
}
