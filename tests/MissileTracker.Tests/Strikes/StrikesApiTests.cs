using System.Net;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

public sealed class StrikesApiTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public StrikesApiTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private Task<PagedResponse<StrikeSummary>> ListAsync(string query = "") =>
        _client.GetJsonAsync<PagedResponse<StrikeSummary>>("/api/v1/strikes" + query);

    [Fact]
    public async Task Lists_the_known_strikes_newest_first()
    {
        var page = await ListAsync();

        page.Total.Should().Be(3);
        page.Items.Select(s => s.Date).Should().Equal(new DateOnly(2024, 1, 6), new DateOnly(2024, 1, 2), new DateOnly(2023, 12, 30));
        page.Items[0].Location.Settlement.Should().Be("Kharkiv");
        page.Items[0].OfficialsQuoted.Select(o => o.Name).Should().Equal("John Kirby");
        page.Items[0].ReportCount.Should().Be(1);
        page.Items[1].Location.Precision.Should().Be(LocationPrecision.NotReported);
        page.Items[1].Location.Text.Should().Be("Location not reported");
    }

    [Fact]
    public async Task Oblast_filter_returns_the_Kharkiv_strike()
    {
        var page = await ListAsync("?oblast=Kharkiv");

        page.Items.Should().ContainSingle().Which.Date.Should().Be(new DateOnly(2024, 1, 6));
        page.Total.Should().Be(1);
    }

    [Fact]
    public async Task Oblast_filter_is_case_insensitive_and_several_values_combine_with_or()
    {
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 2, 1), Oblast.KyivCity));
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 2, 2), Oblast.Odesa));

        var page = await ListAsync("?oblast=kharkiv,KYIVCITY");

        page.Items.Select(s => s.Location.Oblast).Should().BeEquivalentTo(new Oblast?[] { Oblast.KyivCity, Oblast.Kharkiv });
    }

    [Fact]
    public async Task Date_range_is_inclusive_on_both_ends()
    {
        var page = await ListAsync("?from=2024-01-02&to=2024-01-06");

        page.Items.Select(s => s.Date).Should().Equal(new DateOnly(2024, 1, 6), new DateOnly(2024, 1, 2));
    }

    [Fact]
    public async Task Type_filter_matches_the_weapon_code()
    {
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 2, 7), Oblast.Kharkiv, weaponId: 1));

        var kn23 = await ListAsync("?type=kn-23");
        var unspecified = await ListAsync("?type=dprk-ballistic-unspecified");

        kn23.Items.Should().ContainSingle().Which.MissileType.Name.Should().Be("KN-23");
        unspecified.Total.Should().Be(3);
    }

    [Fact]
    public async Task Status_filter_matches_the_origin_status()
    {
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 3, 1), status: OriginStatus.ConfirmedByDebris));

        var page = await ListAsync("?status=ConfirmedByDebris");

        page.Items.Should().ContainSingle().Which.OriginStatus.Should().Be(OriginStatus.ConfirmedByDebris);
    }

    [Fact]
    public async Task Filters_combine_with_and()
    {
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 2, 7), Oblast.Kharkiv, "Kharkiv", weaponId: 1, status: OriginStatus.ConfirmedByDebris));
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 2, 8), Oblast.Kyiv, weaponId: 1, status: OriginStatus.ConfirmedByDebris));

        var page = await ListAsync("?oblast=Kharkiv&type=kn-23&status=ConfirmedByDebris&from=2024-02-01");

        page.Items.Should().ContainSingle().Which.Date.Should().Be(new DateOnly(2024, 2, 7));
    }

    [Fact]
    public async Task UpdatedSince_leaves_out_strikes_not_changed_since()
    {
        var future = DateTime.UtcNow.AddMinutes(5).ToString("O");
        var past = DateTime.UtcNow.AddDays(-1).ToString("O");

        (await ListAsync("?updatedSince=" + Uri.EscapeDataString(future))).Total.Should().Be(0);
        (await ListAsync("?updatedSince=" + Uri.EscapeDataString(past))).Total.Should().Be(3);
    }

    [Fact]
    public async Task Timestamps_are_utc()
    {
        var page = await ListAsync();

        page.Items.Should().OnlyContain(s => s.UpdatedAt.Kind == DateTimeKind.Utc);
    }

    [Fact]
    public async Task Sort_by_date_ascending()
    {
        var page = await ListAsync("?sort=date");

        page.Items.Select(s => s.Date).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Paging_returns_the_total_and_links_to_neighbouring_pages()
    {
        var first = await ListAsync("?pageSize=1&oblast=");
        first.Total.Should().Be(3);
        first.PageCount.Should().Be(3);
        first.Links.Previous.Should().BeNull();
        first.Links.Next.Should().EndWith("/api/v1/strikes?pageSize=1&oblast=&page=2");

        var second = await _client.GetJsonAsync<PagedResponse<StrikeSummary>>(first.Links.Next!);
        second.Page.Should().Be(2);
        second.Links.Previous.Should().EndWith("/api/v1/strikes?pageSize=1&oblast=");
        second.Links.Next.Should().EndWith("page=3");

        var third = await _client.GetJsonAsync<PagedResponse<StrikeSummary>>(second.Links.Next!);
        third.Links.Next.Should().BeNull();

        new[] { first, second, third }.SelectMany(p => p.Items).Select(s => s.Id).Should().OnlyHaveUniqueItems().And.HaveCount(3);
    }

    [Theory]
    [InlineData("?oblast=Atlantis", "oblast")]
    [InlineData("?oblast=7", "oblast")]
    [InlineData("?from=2024-02-31", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?from=2024-02-01&to=2024-01-01", "to")]
    [InlineData("?type=scud", "type")]
    [InlineData("?status=Maybe", "status")]
    [InlineData("?updatedSince=soon", "updatedSince")]
    [InlineData("?sort=weight", "sort")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?pageSize=-1", "pageSize")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=abc", "page")]
    public async Task Bad_parameters_get_400_problem_details_naming_the_parameter(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/v1/strikes" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.ReadJsonAsync<ValidationProblemDetails>();
        problem.Errors.Should().ContainKey(parameter);
        problem.Detail.Should().Contain(parameter);
    }

    [Fact]
    public async Task Get_returns_the_strike_with_statements_and_reports()
    {
        var id = await _app.StrikeIdOnAsync(new DateOnly(2024, 1, 6));

        var strike = await _client.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{id}");

        strike.Location.Oblast.Should().Be(Oblast.Kharkiv);
        strike.DateNote.Should().Contain("the 6th");
        var statement = strike.Statements.Should().ContainSingle().Subject;
        statement.Official!.Name.Should().Be("John Kirby");
        statement.StatedOn.Should().Be(new DateOnly(2024, 1, 9));
        statement.Figures.MissileCount.Should().Be(new Web.Statements.Figure(1, Web.Statements.FigureQualifier.AtLeast));
        strike.Reports.Should().ContainSingle().Which.Title.Should().Contain("on the 6th");
    }

    [Fact]
    public async Task Differing_figures_from_two_sources_are_both_returned()
    {
        var strike = Evidence.Strike(new DateOnly(2024, 2, 7), Oblast.Kharkiv, "Kharkiv");
        var police = Evidence.Says(Evidence.Official("Police Official"), strike, Evidence.Report("Police say"), injured: 3);
        var mayor = Evidence.Says(Evidence.Official("Mayor"), strike, Evidence.Report("Mayor says"), injured: 5);
        await _app.AddRangeAsync(police, mayor);

        var detail = await _client.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}");

        detail.Statements.Select(s => (s.Official!.Name, s.Figures.Injured?.Value))
            .Should().BeEquivalentTo(new[] { ("Police Official", (int?)3), ("Mayor", (int?)5) });
        detail.Reports.Should().HaveCount(2);
    }

    [Fact]
    public async Task Unknown_id_gets_404_problem_details()
    {
        var response = await _client.GetAsync("/api/v1/strikes/999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.ReadJsonAsync<ProblemDetails>()).Detail.Should().Contain("999999");
    }

    [Fact]
    public async Task Enums_are_serialised_by_name()
    {
        var json = await _client.GetStringAsync("/api/v1/strikes?oblast=Kharkiv");

        json.Should().Contain("\"oblast\":\"Kharkiv\"").And.Contain("\"originStatus\":\"ReportedByOfficials\"");
    }
}
