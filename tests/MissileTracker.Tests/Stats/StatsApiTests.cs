using System.Net;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Stats;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Stats;

public sealed class StatsApiTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);
    private readonly HttpClient _client;

    public StatsApiTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private Task<StrikeStats> GetAsync(string query = "") => _client.GetJsonAsync<StrikeStats>("/api/v1/stats" + query);

    private async Task AddEvidenceAsync()
    {
        await _app.AddRangeAsync(
            Evidence.Strike(new DateOnly(2024, 1, 2), Oblast.Kharkiv, weaponId: 1, killed: 2, injured: 10),
            Evidence.Strike(new DateOnly(2024, 1, 6), Oblast.Kharkiv, weaponId: 1, status: OriginStatus.ConfirmedByDebris, killed: 1),
            Evidence.Strike(new DateOnly(2024, 2, 7), Oblast.Kyiv, weaponId: 2, injured: 4),
            Evidence.Strike(new DateOnly(2024, 2, 8), weaponId: 5));
    }

    [Fact]
    public async Task Counts_strikes_and_sums_known_figures_by_month_oblast_type_and_status()
    {
        await AddEvidenceAsync();

        var stats = await GetAsync();

        stats.Total.Should().BeEquivalentTo(new { Strikes = 4, KilledLow = (int?)3, KilledHigh = (int?)3, InjuredLow = (int?)14, MissilesLaunchedLow = (int?)null, MissilesLaunchedHigh = (int?)null });
        stats.ByMonth.Select(b => (b.Key, b.Label, b.Strikes, b.KilledLow)).Should().Equal(("2024-01", "January 2024", 2, 3), ("2024-02", "February 2024", 2, null));
        stats.ByOblast.Select(b => (b.Key, b.Strikes)).Should().Equal(("Kharkiv", 2), ("Kyiv", 1), (null, 1));
        stats.ByOblast[0].Label.Should().Be("Kharkiv Oblast");
        stats.ByMissileType.Select(b => (b.Key, b.Label, b.Strikes)).Should().Equal(("kn-23", "KN-23", 2), ("dprk-ballistic-unspecified", "North Korean ballistic missile (type not stated)", 1), ("kn-24", "KN-24", 1));
        stats.ByOriginStatus.Select(b => (b.Key, b.Strikes)).Should().Equal(("ReportedByOfficials", 3), ("ConfirmedByDebris", 1));
    }

    [Fact]
    public async Task Every_grouping_adds_up_to_the_total()
    {
        await AddEvidenceAsync();

        var stats = await GetAsync();

        foreach (var grouping in new[] { stats.ByMonth, stats.ByOblast, stats.ByMissileType, stats.ByOriginStatus })
        {
            grouping.Sum(b => b.Strikes).Should().Be(stats.Total.Strikes);
            grouping.Sum(b => b.KilledLow ?? 0).Should().Be(stats.Total.KilledLow);
        }
    }

    [Fact]
    public async Task Takes_the_same_filters_as_the_list()
    {
        await AddEvidenceAsync();

        var stats = await GetAsync("?oblast=Kharkiv&killedMin=2");

        stats.Total.Strikes.Should().Be(1);
        stats.ByOriginStatus.Should().ContainSingle().Which.Key.Should().Be("ReportedByOfficials");
    }

    [Fact]
    public async Task No_matches_give_zero_strikes_and_no_figures()
    {
        var stats = await GetAsync();

        stats.Total.Strikes.Should().Be(0);
        stats.Total.KilledLow.Should().BeNull();
        stats.Total.KilledHigh.Should().BeNull();
        stats.ByMonth.Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_filters_get_400()
    {
        (await _client.GetAsync("/api/v1/stats?from=soon")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
