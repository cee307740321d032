using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.AirForce;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Tests.AirForce;

public sealed class AirForceLinkTests
{
    private static AirForceReport Window(DateOnly start, TimeOnly? startTime, DateOnly end, TimeOnly? endTime) =>
        new() { StartsOn = start, StartTime = startTime, EndsOn = end, EndTime = endTime };

    private static AirForceReportRow Row(string[] codes, string[] oblasts, bool ukraine = false) =>
        new() { WeaponCodes = [.. codes], TargetOblasts = [.. oblasts], TargetsUkraine = ukraine };

    private static StrikeFacts Strike(DateOnly date, TimeOnly? time = null, Oblast? oblast = Oblast.Kharkiv, string code = WeaponCatalog.Kn23,
        DatePrecision precision = DatePrecision.Day) => new(1, date, null, time, precision, oblast, code, "");

    private static readonly DateOnly Jan6 = new(2024, 1, 6);
    private static readonly AirForceReport Overnight = Window(new DateOnly(2024, 1, 5), new TimeOnly(22, 0), Jan6, new TimeOnly(8, 0));

    [Fact]
    public void The_score_adds_oblast_type_and_time_and_a_pair_failing_any_rule_is_no_candidate()
    {
        AirForceCandidates.Score(Strike(Jan6, new TimeOnly(5, 30)), Row([WeaponCatalog.Kn23], ["Kharkiv"]), Overnight)!.Value.Score
            .Should().Be(100, "oblast named 40 + type named 30 + time inside 30");
        AirForceCandidates.Score(Strike(Jan6, code: WeaponCatalog.DprkBallisticUnspecified), Row([WeaponCatalog.IskanderMOrKn23], [], ukraine: true), Overnight)!.Value.Score
            .Should().Be(40, "Ukraine 10 + compatible through the ambiguous label 15 + time not compared 15");

        AirForceCandidates.Score(Strike(Jan6, new TimeOnly(9, 0)), Row([WeaponCatalog.Kn23], ["Kharkiv"]), Overnight).Should().BeNull("after the window ended");
        AirForceCandidates.Score(Strike(new DateOnly(2024, 1, 7)), Row([WeaponCatalog.Kn23], ["Kharkiv"]), Overnight).Should().BeNull("outside the window's days");
        AirForceCandidates.Score(Strike(Jan6, code: WeaponCatalog.Drone), Row([WeaponCatalog.Kn23], ["Kharkiv"]), Overnight).Should().BeNull("a drone is not a KN-23");
        AirForceCandidates.Score(Strike(Jan6, oblast: Oblast.Odesa), Row([WeaponCatalog.Kn23], ["Kharkiv"]), Overnight).Should().BeNull("another oblast");
        AirForceCandidates.Score(Strike(Jan6, oblast: null), Row([WeaponCatalog.Kn23], ["Kharkiv"]), Overnight).Should().BeNull("oblast unknown, target not Ukraine");
        AirForceCandidates.Score(Strike(Jan6, precision: DatePrecision.Month), Row([WeaponCatalog.Kn23], ["Kharkiv"]), Overnight).Should().BeNull("dated to a month only");
        AirForceCandidates.Score(Strike(Jan6), Row([], ["Kharkiv"]), Overnight).Should().BeNull("a label the catalogue does not know");
    }

    [Fact]
    public async Task Candidates_for_the_known_Kharkiv_strike_are_scored_and_a_confirmed_link_shows_on_the_strike_with_its_history()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        (await editor.ImportAsync(AirForceFixtures.Csv)).StatusCode.Should().Be(HttpStatusCode.OK);
        var strikeId = await app.StrikeIdOnAsync(KnownEvidence.KharkivDay);
        var candidates = await app.WithDbAsync(async db => await new AirForceCandidates(db).ListAsync(strikeId, undecidedOnly: true, CancellationToken.None));

        candidates.Select(c => (c.Row.Label, c.Score)).Should().Equal(("Iskander-M/KN-23", 70), ("X-47 Kinzhal and Iskander-M/KN-23", 40));

        var ambiguous = candidates[0].Row.Id;
        var confirmed = await editor.PostAsJsonAsync("/api/v1/airforce/links", new { strikeId, rowId = ambiguous, decision = "Confirmed", reason = "The post names Kharkiv." });
        var rejected = await editor.PostAsJsonAsync("/api/v1/airforce/links", new { strikeId, rowId = candidates[1].Row.Id, decision = "Rejected" });

        confirmed.StatusCode.Should().Be(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        rejected.StatusCode.Should().Be(HttpStatusCode.OK);
        var strike = await app.CreateClient().GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strikeId}");
        strike.AirForceReports.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            RowId = ambiguous, Label = "Iskander-M/KN-23", NorthKorean = NorthKoreanReading.Possible, Launched = 6, Destroyed = (int?)null, LaunchPlace = "Belgorod oblast",
            Post = new { Url = "https://www.facebook.com/kpszsu/posts/pfbid0FixtureAlpha1" },
        });
        strike.History.Should().Contain(h => h.Action == MissileTracker.Web.History.ChangeAction.Linked
            && h.Changes.Any(c => c.Field == $"airForceRows[{ambiguous}]" && c.To == "Confirmed"));
        (await app.WithDbAsync(async db => await new AirForceCandidates(db).ListAsync(strikeId, undecidedOnly: true, CancellationToken.None))).Should().BeEmpty("both are decided");
        (await app.CreateClient().GetJsonAsync<PagedResponse<AirForceRowDto>>($"/api/v1/airforce/reports?strike={strikeId}")).Items
            .Should().ContainSingle().Which.LinkedStrikes.Should().Equal(strikeId);

        // Changing one's mind: the rejection takes the row off the strike, and the log says so.
        await editor.PostAsJsonAsync("/api/v1/airforce/links", new { strikeId, rowId = ambiguous, decision = "Rejected" });
        var after = await app.CreateClient().GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strikeId}");
        after.AirForceReports.Should().BeEmpty();
        after.History.Should().Contain(h => h.Action == MissileTracker.Web.History.ChangeAction.Unlinked);
    }

    [Fact]
    public async Task A_pair_that_is_not_a_candidate_cannot_be_confirmed_and_bad_input_names_the_field()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        await editor.ImportAsync(AirForceFixtures.Csv);
        var kn23Row = await app.WithDbAsync(db => db.AirForceReportRows.Where(r => r.Label == "KN-23").Select(r => r.Id).SingleAsync());
        var strikeId = await app.StrikeIdOnAsync(KnownEvidence.KharkivDay);

        var notCandidate = await editor.PostAsJsonAsync("/api/v1/airforce/links", new { strikeId, rowId = kn23Row, decision = "Confirmed" });
        var noDecision = await editor.PostAsJsonAsync("/api/v1/airforce/links", new { strikeId, rowId = kn23Row });
        var missing = await editor.PostAsJsonAsync("/api/v1/airforce/links", new { strikeId = 99999, rowId = kn23Row, decision = "Rejected" });

        (await notCandidate.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Keys.Should().Equal("rowId");
        (await noDecision.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Keys.Should().Equal("decision");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.AirForceLinks.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Staff_list_the_candidates_through_the_API_with_scores_reasons_and_decisions()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        await editor.ImportAsync(AirForceFixtures.Csv);
        var strikeId = await app.StrikeIdOnAsync(KnownEvidence.KharkivDay);

        var undecided = await editor.GetJsonAsync<List<AirForceCandidate>>($"/api/v1/airforce/candidates?strike={strikeId}");

        undecided.Select(c => (c.Strike.Id, c.Row.Label, c.Score, c.Decision)).Should().Equal(
            (strikeId, "Iskander-M/KN-23", 70, (AirForceLinkDecision?)null), (strikeId, "X-47 Kinzhal and Iskander-M/KN-23", 40, null));
        undecided[0].Reasons.Should().Contain("target names Kharkiv Oblast");
        (await editor.PostAsJsonAsync("/api/v1/airforce/links", new { strikeId, rowId = undecided[0].Row.Id, decision = "Confirmed" })).EnsureSuccessStatusCode();

        (await editor.GetJsonAsync<List<AirForceCandidate>>($"/api/v1/airforce/candidates?strike={strikeId}")).Should().ContainSingle();
        (await editor.GetJsonAsync<List<AirForceCandidate>>($"/api/v1/airforce/candidates?strike={strikeId}&includeDecided=true"))
            .Select(c => c.Decision).Should().Equal(AirForceLinkDecision.Confirmed, null);
        (await editor.GetJsonAsync<List<AirForceCandidate>>("/api/v1/airforce/candidates")).Should().Contain(c => c.Strike.Id == strikeId);

        var bad = await editor.GetAsync("/api/v1/airforce/candidates?strike=first");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Keys.Should().Equal("strike");
        (await app.CreateClient().GetAsync("/api/v1/airforce/candidates")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "drafts are staff-only");
    }

    [Fact]
    public async Task The_monthly_series_keep_confirmed_and_possibly_North_Korean_launches_apart()
    {
        using var app = new TrackerApp();
        await (await app.ClientWithRolesAsync("editor", Roles.Editor)).ImportAsync(AirForceFixtures.Csv);

        var months = await app.CreateClient().GetJsonAsync<List<AirForceMonth>>("/api/v1/airforce/monthly");

        months.Single(m => m.Month == "2024-01").Should().BeEquivalentTo(new { ConfirmedLaunched = 2, PossibleLaunched = 16, ConfirmedRows = 1, PossibleRows = 2 },
            "KN-23: 2; Iskander-M/KN-23 6 + the combined label's 10, never added to the 2");
        months.Select(m => m.Month).Should().StartWith("2023-12", "the tracker's December strikes open the timeline, so the gap shows");
        months.Single(m => m.Month == "2023-12").Should().BeEquivalentTo(new { ConfirmedLaunched = 0, PossibleLaunched = 0 });

        var (_, page) = await app.CreateClient().GetPageAsync("/airforce");
        var january = page.QuerySelector("#airforce-monthly tr[data-month='2024-01']")!;
        january.QuerySelector(".airforce-confirmed")!.TextContent.Trim().Should().Be("2");
        january.QuerySelector(".airforce-possible")!.TextContent.Trim().Should().Be("16");
        page.QuerySelector("#airforce-method-note")!.TextContent.Should().Contain("never one sum");
    }
}
