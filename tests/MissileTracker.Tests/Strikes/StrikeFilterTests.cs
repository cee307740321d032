using System.Net;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

/// <summary>The strike filters beyond date, oblast, type and status (see StrikesApiTests), each alone and combined.</summary>
public sealed class StrikeFilterTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);
    private readonly HttpClient _client;

    public StrikeFilterTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private async Task<IReadOnlyList<int>> IdsAsync(string query) =>
        (await _client.GetJsonAsync<PagedResponse<StrikeSummary>>("/api/v1/strikes" + query)).Items.Select(s => s.Id).ToList();

    private static DateOnly Day(int day) => new(2024, 3, day);

    [Fact]
    public async Task Settlement_matches_whole_names_ignoring_case_and_several_combine_with_or()
    {
        var kharkiv = await _app.AddAsync(Evidence.Strike(Day(1), Oblast.Kharkiv, "Kharkiv"));
        var zaporizhzhia = await _app.AddAsync(Evidence.Strike(Day(2), Oblast.Zaporizhzhia, "Zaporizhzhia"));
        await _app.AddAsync(Evidence.Strike(Day(3), Oblast.Kharkiv, "Kharkiv-Pasazhyrskyi"));
        await _app.AddAsync(Evidence.Strike(Day(4)));

        (await IdsAsync("?settlement=kharkiv")).Should().Equal(kharkiv.Id);
        (await IdsAsync("?settlement=Kharkiv,ZAPORIZHZHIA")).Should().BeEquivalentTo([kharkiv.Id, zaporizhzhia.Id]);
    }

    [Fact]
    public async Task Official_matches_strikes_their_statements_refer_to()
    {
        var first = Evidence.Strike(Day(1));
        var second = Evidence.Strike(Day(2));
        var third = await _app.AddAsync(Evidence.Strike(Day(3)));
        var kirby = Evidence.Official("Kirby");
        var pak = Evidence.Official("Pak");
        await _app.AddRangeAsync(Evidence.Says(kirby, first, Evidence.Report("A")), Evidence.Says(pak, second, Evidence.Report("B")));

        (await IdsAsync($"?official={kirby.Id}")).Should().Equal(first.Id);
        (await IdsAsync($"?official={kirby.Id},{pak.Id}")).Should().BeEquivalentTo([first.Id, second.Id]);
        (await IdsAsync($"?official={kirby.Id}")).Should().NotContain(third.Id);
    }

    [Fact]
    public async Task Organisation_matches_statements_made_on_its_behalf_ignoring_case()
    {
        var strike = Evidence.Strike(Day(1));
        var other = Evidence.Strike(Day(2));
        await _app.AddRangeAsync(
            Evidence.Says(Evidence.Official("Syniehubov"), strike, Evidence.Report("A"), organisation: "Kharkiv Regional Military Administration"),
            Evidence.Says(Evidence.Official("Klymenko"), other, Evidence.Report("B"), organisation: "National Police of Ukraine"));

        (await IdsAsync("?organisation=kharkiv%20regional%20military%20administration")).Should().Equal(strike.Id);
        (await IdsAsync("?organisation=National%20Police%20of%20Ukraine,Nobody")).Should().Equal(other.Id);
    }

    [Fact]
    public async Task Outlet_matches_strikes_covered_by_its_reports()
    {
        var reuters = Evidence.Strike(Day(1));
        var unn = Evidence.Strike(Day(2));
        await _app.AddRangeAsync(
            Evidence.Says(Evidence.Official("A"), reuters, Evidence.Report("R", outlet: "Reuters")),
            Evidence.Says(Evidence.Official("B"), unn, Evidence.Report("U", outlet: "UNN")));

        (await IdsAsync("?outlet=reuters")).Should().Equal(reuters.Id);
        (await IdsAsync("?outlet=Reuters,UNN")).Should().BeEquivalentTo([reuters.Id, unn.Id]);
    }

    [Fact]
    public async Task HasCoordinates_splits_strikes_with_and_without_a_point()
    {
        var located = await _app.AddAsync(Evidence.Strike(Day(1), Oblast.Kharkiv, "Kharkiv", at: (49.99, 36.23)));
        var unlocated = await _app.AddAsync(Evidence.Strike(Day(2), Oblast.Kharkiv));

        (await IdsAsync("?hasCoordinates=true")).Should().Equal(located.Id);
        (await IdsAsync("?hasCoordinates=FALSE")).Should().Equal(unlocated.Id);
    }

    [Fact]
    public async Task Casualty_ranges_are_inclusive_and_leave_out_unknown_figures()
    {
        var none = await _app.AddAsync(Evidence.Strike(Day(1), killed: 0, injured: 2));
        var three = await _app.AddAsync(Evidence.Strike(Day(2), killed: 3, injured: 20));
        var ten = await _app.AddAsync(Evidence.Strike(Day(3), killed: 10));
        await _app.AddAsync(Evidence.Strike(Day(4)));

        (await IdsAsync("?killedMin=3")).Should().BeEquivalentTo([three.Id, ten.Id]);
        (await IdsAsync("?killedMax=3")).Should().BeEquivalentTo([none.Id, three.Id]);
        (await IdsAsync("?killedMin=1&killedMax=5")).Should().Equal(three.Id);
        (await IdsAsync("?injuredMin=2&injuredMax=2")).Should().Equal(none.Id);
        (await IdsAsync("?injuredMin=5")).Should().Equal(three.Id);
    }

    [Fact]
    public async Task Free_text_searches_summary_place_and_quotes_ignoring_case()
    {
        var bySummary = await _app.AddAsync(Evidence.Strike(Day(1), summary: "A missile hit a School building."));
        var bySettlement = await _app.AddAsync(Evidence.Strike(Day(2), Oblast.Kharkiv, "Chuhuiv"));
        var byDistrict = await _app.AddAsync(Evidence.Strike(Day(3), Oblast.Kharkiv, "Kharkiv", district: "Saltivskyi"));
        var byQuote = Evidence.Strike(Day(4));
        await _app.AddAsync(Evidence.Says(Evidence.Official(), byQuote, Evidence.Report(), quote: "Debris shows a KN-23 struck the depot."));

        (await IdsAsync("?q=school")).Should().Equal(bySummary.Id);
        (await IdsAsync("?q=chuhuiv")).Should().Equal(bySettlement.Id);
        (await IdsAsync("?q=SALTIV")).Should().Equal(byDistrict.Id);
        (await IdsAsync("?q=depot")).Should().Equal(byQuote.Id);
    }

    [Fact]
    public async Task Free_text_terms_must_all_match_and_quoted_phrases_stay_together()
    {
        var both = await _app.AddAsync(Evidence.Strike(Day(1), summary: "Ballistic missile hit a school in Kharkiv."));
        await _app.AddAsync(Evidence.Strike(Day(2), summary: "A school was damaged."));
        await _app.AddAsync(Evidence.Strike(Day(3), summary: "Kharkiv school hit; missile type ballistic."));

        (await IdsAsync("?q=school%20ballistic")).Should().HaveCount(2).And.Contain(both.Id);
        (await IdsAsync("?q=%22ballistic%20missile%22")).Should().Equal(both.Id);
        (await IdsAsync("?q=100%25")).Should().BeEmpty("% is matched literally, not as a wildcard");
    }

    [Fact]
    public async Task Filters_combine_with_and_while_values_of_one_filter_combine_with_or()
    {
        var match = await _app.AddAsync(Evidence.Strike(Day(1), Oblast.Kharkiv, "Kharkiv", killed: 4, summary: "School hit", at: (49.99, 36.23)));
        var otherOblast = await _app.AddAsync(Evidence.Strike(Day(2), Oblast.Odesa, "Odesa", killed: 4, summary: "School hit", at: (46.48, 30.72)));
        await _app.AddAsync(Evidence.Strike(Day(3), Oblast.Kharkiv, "Kharkiv", killed: 0, summary: "School hit", at: (49.99, 36.23)));
        await _app.AddAsync(Evidence.Strike(Day(4), Oblast.Kharkiv, "Kharkiv", killed: 4, summary: "Depot hit", at: (49.99, 36.23)));
        await _app.AddAsync(Evidence.Strike(Day(5), Oblast.Kyiv, killed: 4, summary: "School hit"));

        var ids = await IdsAsync("?oblast=Kharkiv,Odesa,Kyiv&killedMin=1&q=school&hasCoordinates=true&type=kn-23&from=2024-03-01");

        ids.Should().BeEquivalentTo([match.Id, otherOblast.Id]);
    }

    [Theory]
    [InlineData("?official=abc", "official")]
    [InlineData("?official=0", "official")]
    [InlineData("?hasCoordinates=maybe", "hasCoordinates")]
    [InlineData("?killedMin=-1", "killedMin")]
    [InlineData("?killedMin=5&killedMax=2", "killedMax")]
    [InlineData("?injuredMin=x", "injuredMin")]
    [InlineData("?injuredMin=9&injuredMax=1", "injuredMax")]
    [InlineData("?fields=id,colour", "fields")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    [InlineData("?page=2&cursor=eyJzIjoiLWRhdGUiLCJrIjoiMjAyNC0wMS0wNiIsImkiOjN9", "cursor")]
    [InlineData("?sort=date&cursor=eyJzIjoiLWRhdGUiLCJrIjoiMjAyNC0wMS0wNiIsImkiOjN9", "cursor")]
    [InlineData("?cursor=eyJzIjoiLWRhdGUiLCJrIjoiMjAyNC0xMy0wNiIsImkiOjN9", "cursor")]
    public async Task Bad_values_get_400_naming_the_parameter_with_a_stable_problem_type(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/v1/strikes" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadJsonAsync<ValidationProblemDetails>();
        problem.Type.Should().Be("urn:missiletracker:problem:invalid-query");
        problem.Errors.Should().ContainKey(parameter);
    }

    [Fact]
    public async Task Free_text_longer_than_200_characters_is_refused()
    {
        var response = await _client.GetAsync("/api/v1/strikes?q=" + new string('a', 201));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("q");
    }
}
