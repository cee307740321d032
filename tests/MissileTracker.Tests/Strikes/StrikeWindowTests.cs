using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

/// <summary>Issue 13 item 5: a strike's date is a window (start, end, their Kyiv times), and the readers see it.</summary>
public sealed class StrikeWindowTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, object?> Body(string date, string precision, string? endDate = null, string? startTime = null, string? endTime = null) => new()
    {
        ["date"] = date,
        ["datePrecision"] = precision,
        ["timeOfDay"] = startTime,
        ["endDate"] = endDate,
        ["endTime"] = endTime,
        ["settlement"] = "Kharkiv",
        ["oblast"] = "Kharkiv",
        ["locationPrecision"] = "Settlement",
        ["originStatus"] = "ReportedByOfficials",
        ["missileType"] = "kn-23",
        ["summary"] = "A night attack on Kharkiv reported by the regional governor.",
    };

    /// <summary>Creates the strike as an editor and publishes it as a reviewer, so anonymous readers see it.</summary>
    private async Task<StrikeDetail> CreateAsync(Dictionary<string, object?> body)
    {
        var reviewer = await _app.ClientWithRolesAsync("reviewer-" + Guid.NewGuid().ToString("N")[..8], Roles.Reviewer);
        var response = await reviewer.PostAsJsonAsync("/api/v1/strikes", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.ReadJsonAsync<StrikeDetail>();
        (await reviewer.PostAsync($"/api/v1/strikes/{created.Id}/publish", null)).EnsureSuccessStatusCode();
        return created;
    }

    [Fact]
    public async Task A_night_attack_window_is_stored_and_read_back_with_its_kyiv_times()
    {
        var created = await CreateAsync(Body("2024-08-05", "NightOf", startTime: "22:00", endTime: "04:00"));

        created.DateText.Should().Be("night of 5/6 Aug 2024");
        created.Window.Should().Be(new StrikeWindow(new(2024, 8, 5), new(22, 0), new(2024, 8, 6), new(4, 0), "Europe/Kyiv"));
        var json = await _app.CreateClient().GetStringAsync($"/api/v1/strikes/{created.Id}");
        json.Should().Contain("\"timeZone\":\"Europe/Kyiv\"", "the public answer states the zone of its dates and times");
    }

    [Fact]
    public async Task An_explicit_window_reads_from_start_to_end()
    {
        var created = await CreateAsync(Body("2024-08-05", "Window", endDate: "2024-08-06", startTime: "22:00", endTime: "04:00"));

        created.DateText.Should().Be("5 Aug 2024 22:00 – 6 Aug 2024 04:00");
        created.DatePrecision.Should().Be(DatePrecision.Window);
        var (_, page) = await _app.CreateClient().GetPageAsync($"/strikes/{created.Id}");
        page.QuerySelector("[data-field=when]")!.TextContent.Should().Contain("5 Aug 2024 22:00 – 6 Aug 2024 04:00 Kyiv time");
    }

    [Fact]
    public async Task Week_precision_is_accepted_and_spans_seven_days()
    {
        var created = await CreateAsync(Body("2024-08-05", "Week"));

        created.DateText.Should().Be("week of 5 Aug 2024");
        created.Window.End.Should().Be(new DateOnly(2024, 8, 11));
    }

    [Theory]
    [InlineData("Window", "2024-08-04", null, null, "endDate")]
    [InlineData("Window", null, null, null, "endDate")]
    [InlineData("NightOf", "2024-08-08", null, null, "endDate")]
    [InlineData("Day", "2024-08-05", "10:00", "09:00", "endTime")]
    public async Task A_window_that_ends_before_it_starts_or_has_no_end_gets_400_naming_the_field(string precision, string? endDate, string? startTime, string? endTime, string field)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/strikes", Body("2024-08-05", precision, endDate, startTime, endTime));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().Contain(field);
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3, "nothing is stored");
    }

    [Fact]
    public async Task The_csv_gives_the_end_date_and_time_in_columns_at_the_end()
    {
        var strike = Evidence.Strike(new(2024, 8, 5), Oblast.Kharkiv, "Kharkiv");
        strike.DatePrecision = DatePrecision.NightOf;
        strike.TimeOfDay = new(22, 0);
        strike.EndsOn = new(2024, 8, 6);
        strike.EndTime = new(4, 0);
        await _app.AddAsync(strike);

        var csv = await _app.CreateClient().GetStringAsync("/api/v1/strikes.csv?from=2024-08-05&to=2024-08-05");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Contain(",createdAt,updatedAt,endDate,endTime,");
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith($"{strike.Id},2024-08-05,NightOf,night of 5/6 Aug 2024,22:00,").And.Contain(",2024-08-06,04:00,");
    }

    [Fact]
    public async Task A_date_range_matches_every_strike_whose_window_overlaps_it()
    {
        var night = Evidence.Strike(new(2024, 8, 5), Oblast.Sumy, "Sumy", summary: "night 5/6");
        night.DatePrecision = DatePrecision.NightOf;
        night.EndsOn = new(2024, 8, 6);
        var week = Evidence.Strike(new(2024, 7, 31), Oblast.Sumy, "Sumy", summary: "week of 31 Jul");
        week.DatePrecision = DatePrecision.Week;
        week.EndsOn = new(2024, 8, 6);
        var dayBefore = Evidence.Strike(new(2024, 8, 5), Oblast.Sumy, "Sumy", summary: "day 5");
        await _app.AddRangeAsync(night, week, dayBefore);

        var on6th = await _app.WithDbAsync(db => new StrikeFilter { From = new(2024, 8, 6), To = new(2024, 8, 6) }.Where(db.Strikes).Select(s => s.Id).ToListAsync());
        var before = await _app.WithDbAsync(db => new StrikeFilter { To = new(2024, 7, 30) }.Where(db.Strikes).Select(s => s.Id).ToListAsync());
        var api = await _app.CreateClient().GetJsonAsync<PagedResponse<StrikeSummary>>("/api/v1/strikes?from=2024-08-06&to=2024-08-06");

        on6th.Should().BeEquivalentTo([night.Id, week.Id]);
        before.Should().NotContain([night.Id, week.Id, dayBefore.Id]);
        api.Items.Select(s => s.Id).Should().BeEquivalentTo([night.Id, week.Id]);
        api.Items.Single(s => s.Id == night.Id).Window.End.Should().Be(new DateOnly(2024, 8, 6));
    }

    [Fact]
    public async Task The_editor_form_refuses_an_end_before_the_start_beside_the_field()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var response = await editor.PostFormAsync("/editor/strikes", new()
        {
            ["Input.Date"] = "2024-08-05", ["Input.TimeOfDay"] = "22:00", ["Input.EndDate"] = "2024-08-04", ["Input.EndTime"] = "04:00",
            ["Input.DatePrecision"] = "Window", ["Input.LocationPrecision"] = "Oblast", ["Input.Oblast"] = "Kharkiv",
            ["Input.MissileType"] = "kn-23", ["Input.OriginStatus"] = "ReportedByOfficials",
            ["Input.Summary"] = "A night attack reported by the regional governor.", ["Input.Version"] = "",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelector("[data-valmsg-for='Input.EndDate']")!.TextContent.Should().Contain("before the start date");
        page.QuerySelectorAll("#Input_DatePrecision option").Select(o => o.TextContent).Should().Contain(["Night starting on the date", "Week starting on the date", "Window from start to end"]);
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3);
    }

    [Fact]
    public async Task The_csv_import_takes_a_window_and_refuses_one_that_ends_before_it_starts()
    {
        const string header = "date,datePrecision,timeOfDay,endDate,endTime,oblast,locationPrecision,originStatus,missileType,summary";
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        static StringContent Csv(string header, string row) => new(header + "\r\n" + row + "\r\n", System.Text.Encoding.UTF8, "text/csv");

        var refused = await editor.PostAsync("/api/v1/import/strikes.csv", Csv(header, "2024-08-05,Window,22:00,2024-08-04,04:00,Sumy,Oblast,ReportedByOfficials,kn-23,A night-long attack on Sumy Oblast."));
        var imported = await editor.PostAsync("/api/v1/import/strikes.csv", Csv(header, "2024-08-05,Window,22:00,2024-08-06,04:00,Sumy,Oblast,ReportedByOfficials,kn-23,A night-long attack on Sumy Oblast."));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().Contain(k => k.EndsWith("endDate", StringComparison.Ordinal));
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var strike = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().SingleAsync(s => s.Oblast == Oblast.Sumy));
        (strike.OccurredOn, strike.TimeOfDay, strike.EndsOn, strike.EndTime).Should().Be((new DateOnly(2024, 8, 5), new TimeOnly(22, 0), new DateOnly(2024, 8, 6), new TimeOnly(4, 0)));
    }

    [Fact]
    public async Task The_geojson_and_the_feed_carry_the_window()
    {
        var created = await CreateAsync(Body("2024-08-05", "Window", endDate: "2024-08-06", startTime: "22:00", endTime: "04:00"));
        var client = _app.CreateClient();

        using var geo = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/strikes.geojson?from=2024-08-06&to=2024-08-06"));
        var atom = await client.GetStringAsync("/api/v1/strikes.atom?oblast=Kharkiv");

        var properties = geo.RootElement.GetProperty("features")[0].GetProperty("properties");
        properties.GetProperty("id").GetInt32().Should().Be(created.Id);
        properties.GetProperty("endDate").GetString().Should().Be("2024-08-06");
        properties.GetProperty("endTime").GetString().Should().StartWith("04:00");
        atom.Should().Contain("5 Aug 2024 22:00 – 6 Aug 2024 04:00");
    }
}
