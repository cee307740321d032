using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Import;

namespace MissileTracker.Tests.Places;

/// <summary>The import finds each row's place through the gazetteer and reports what it cannot find, by row.</summary>
public sealed class ImportGeocodingTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    private static object Row(int day, string settlement, string? oblast, string precision = "Settlement", double? latitude = null, double? longitude = null, string? gazetteerKey = null) => new
    {
        strike = new
        {
            date = $"2024-03-{day:00}", datePrecision = "Day", locationPrecision = precision, oblast, settlement, latitude, longitude, gazetteerKey,
            originStatus = "Suspected", missileType = "kn-23", summary = $"Imported strike on {settlement} (row {day}).",
        },
    };

    [Fact]
    public async Task A_named_settlement_is_stored_at_its_gazetteer_place_and_the_place_is_reused()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/import", new { strikes = new[] { Row(1, "Brovary", "Kyiv"), Row(2, "Brovary", "Kyiv"), Row(3, "Kharkov", "Kharkiv") } });

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var strikes = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Include(s => s.Places).ThenInclude(p => p.Place).OrderBy(s => s.OccurredOn).ToListAsync());
        strikes.Should().HaveCount(3);
        strikes[0].Places.Should().ContainSingle().Which.Place.GeoNamesId.Should().Be(711390);
        strikes[0].Latitude.Should().BeApproximately(50.518, 0.01);
        strikes[1].Places.Single().PlaceId.Should().Be(strikes[0].Places.Single().PlaceId, "a gazetteer place is stored once");
        strikes[2].Places.Single().Place.GeoNamesId.Should().Be(706483);
        strikes[2].Settlement.Should().Be("Kharkov", "the row's text is kept as written");
    }

    [Fact]
    public async Task Ambiguous_and_unknown_names_are_refused_with_the_row_and_the_candidates()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/import?dryRun=true", new
        {
            strikes = new[]
            {
                Row(1, "Pisky", "Mykolaiv"),
                Row(2, "Rivne", "Donetsk"),
                Row(3, "Rozhivka", "Kyiv"),
                Row(4, "Rozhivka", "Kyiv", latitude: 50.78, longitude: 31.03),
                Row(5, "Brovary", "Kharkiv", gazetteerKey: "711390"),
            },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors;
        errors.Keys.Should().BeEquivalentTo(["strikes[0].settlement", "strikes[1].settlement", "strikes[2].settlement", "strikes[4].oblast"]);
        errors["strikes[0].settlement"].Single().Should().StartWith("Strike row 1: 'Pisky' names 2 places").And.Contain("Bashtanka Raion, Mykolaiv Oblast")
            .And.Contain("gazetteerKey");
        // The village of Rivne in Pokrovsk district is not in the gazetteer: the city of Rivne is not taken in its place.
        errors["strikes[1].settlement"].Single().Should().StartWith("Strike row 2: no place named 'Rivne' in Donetsk Oblast");
        errors["strikes[2].settlement"].Single().Should().StartWith("Strike row 3: no place named 'Rozhivka' in Kyiv Oblast");
        errors["strikes[4].oblast"].Single().Should().Be("Strike row 5: Brovary is in Kyiv Oblast, not Kharkiv Oblast.");
        (await _app.WithDbAsync(db => db.Places.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_csv_row_with_an_unknown_village_is_reported_by_its_data_row()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        const string header = "date,datePrecision,settlement,oblast,locationPrecision,originStatus,missileType,summary";
        var csv = string.Join("\r\n", header,
            "2024-03-01,Day,Brovary,Kyiv,Settlement,Suspected,kn-23,Strike on Brovary from a CSV row.",
            "2024-03-02,Day,Rozhivka,Kyiv,Settlement,Suspected,kn-23,Strike on a village the gazetteer lacks.") + "\r\n";

        var response = await editor.PostAsync("/api/v1/import/strikes.csv?dryRun=true", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors;
        errors.Keys.Should().Equal("rows[2].settlement");
        errors["rows[2].settlement"].Single().Should().Contain("no place named 'Rozhivka' in Kyiv Oblast");
    }
}
