using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Places;

/// <summary>A strike written with its places through the API: the main place and further ones, each with its precision.</summary>
public sealed class StrikePlacesApiTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    private static object Pokrovsk(int? version = null, object[]? otherPlaces = null) => new
    {
        date = "2024-02-20", datePrecision = "Day", oblast = "Donetsk", settlement = "Pokrovsk", locationPrecision = "Settlement",
        gazetteerKey = "704422", otherPlaces, originStatus = "ReportedByOfficials", missileType = "kn-23", version,
        summary = "One attack on Pokrovsk and nearby villages named in one criminal case.",
    };

    [Fact]
    public async Task A_strike_names_a_town_and_villages_each_with_its_precision()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var created = await editor.PostAsJsonAsync("/api/v1/strikes", Pokrovsk(otherPlaces:
        [
            new { gazetteerKey = ZviroveKey(), precision = "Settlement" },
            new { gazetteerKey = "704422", precision = "Settlement" },
        ]));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync<StrikeDetail>()).Id;
        var detail = await editor.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{id}");

        detail.Places.Select(p => (p.Name, p.Precision)).Should().Equal(("Pokrovsk", LocationPrecision.Settlement), ("Zvirove", LocationPrecision.Settlement));
        detail.Location.Latitude.Should().BeApproximately(48.28, 0.05, "the main place's centre");

        // On update the list is the full set: the village goes, the main place stays.
        var before = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.UpdatedAt).SingleAsync());
        var updated = await editor.PutAsJsonAsync($"/api/v1/strikes/{id}", Pokrovsk(detail.Version, []));
        updated.StatusCode.Should().Be(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        (await editor.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{id}")).Places.Select(p => p.Name).Should().Equal("Pokrovsk");

        // Unlinking a place is a change to the strike: in its history, and seen by updatedSince.
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.UpdatedAt).SingleAsync())).Should().BeAfter(before);
        var unlinked = await _app.WithDbAsync(db => db.ChangeLog.Where(c => c.EntityType == "Strike" && c.EntityId == id).ToListAsync());
        unlinked.Should().Contain(c => c.Changes.Any(f => f.Field == "place" && f.To == null));
        (await _app.WithDbAsync(db => db.Places.CountAsync())).Should().Be(2, "Zvirove stays stored for the next strike");
    }

    [Fact]
    public async Task Unknown_places_and_missing_precisions_are_400_naming_the_entry()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/strikes", Pokrovsk(otherPlaces:
        [
            new { gazetteerKey = "no-such", precision = "Settlement" },
            new { placeId = 999, precision = "NotReported" },
        ]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().Contain(["otherPlaces[1].precision"]);
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }

    private static string ZviroveKey() => Web.Places.Gazetteer.Shipped.Named("Zvirove").Single(p => p.Oblast == Oblast.Donetsk).Key;
}
