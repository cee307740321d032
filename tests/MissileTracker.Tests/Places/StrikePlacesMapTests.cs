using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Places;

/// <summary>A strike naming a town and three villages (record.md, strike 11) is drawn at each of them, on the map and in GeoJSON.</summary>
public sealed class StrikePlacesMapTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    /// <summary>Pokrovsk (main place, gazetteer), Hryshyne and Zvirove (gazetteer) and the village of Rivne, which the gazetteer lacks (editor-added).</summary>
    private async Task<(int StrikeId, int RivneId)> PokrovskAndThreeVillagesAsync(bool publishRivne = true)
    {
        // The village's point is the test's own, as an editor would click it on the map; not a claim about where Rivne lies.
        var rivne = await _app.AddAsync(new Place
        {
            Name = "Rivne", Oblast = Oblast.Donetsk, Raion = "Pokrovsk Raion", Latitude = 48.3, Longitude = 37.2, EditorAdded = true,
            Status = publishRivne ? PublicationStatus.Published : PublicationStatus.Draft,
        });
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var created = await editor.PostAsJsonAsync("/api/v1/strikes", new
        {
            date = "2024-01-06", datePrecision = "Day", oblast = "Donetsk", settlement = "Pokrovsk", locationPrecision = "Settlement",
            gazetteerKey = "704422", originStatus = "ReportedByOfficials", missileType = "kn-23",
            otherPlaces = new object[]
            {
                new { gazetteerKey = "708060", precision = "Settlement" },
                new { gazetteerKey = Gazetteer.Shipped.Named("Zvirove").Single(p => p.Oblast == Oblast.Donetsk).Key, precision = "Settlement" },
                new { placeId = rivne.Id, precision = "District" },
            },
            summary = "Criminal proceedings over the shelling of Pokrovsk and the villages of Hryshyne, Zvirove and Rivne.",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync<StrikeDetail>()).Id;
        await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PublicationStatus.Published)));
        return (id, rivne.Id);
    }

    [Fact]
    public async Task GeoJson_has_a_point_per_place_with_its_place_id_and_precision()
    {
        var (id, rivneId) = await PokrovskAndThreeVillagesAsync();
        var pokrovsk = await _app.WithDbAsync(db => db.Places.Where(p => p.GazetteerKey == "704422").Select(p => p.Id).SingleAsync());
        var hryshyne = await _app.WithDbAsync(db => db.Places.Where(p => p.GazetteerKey == "708060").Select(p => p.Id).SingleAsync());

        var response = await _app.CreateClient().GetAsync("/api/v1/strikes.geojson");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();

        features.Should().HaveCount(4).And.OnlyContain(f => f.GetProperty("id").GetInt32() == id);
        json.RootElement.GetProperty("strikesWithoutCoordinates").GetInt32().Should().Be(0, "the count is of strikes, and this one is placed");
        features.Select(f => f.GetProperty("placePosition").GetInt32()).Should().Equal(0, 1, 2, 3);
        features.Select(f => f.GetProperty("placeId").GetInt32()).Should().StartWith([pokrovsk, hryshyne]).And.EndWith(rivneId);
        features.Select(f => f.GetProperty("placement").GetString()).Should()
            .Equal(nameof(MapPlacement.Coordinates), nameof(MapPlacement.PlaceCentre), nameof(MapPlacement.PlaceCentre), nameof(MapPlacement.PlaceCentre));
        features.Select(f => f.GetProperty("placePrecision").GetString()).Should().Equal("Settlement", "Settlement", "Settlement", "District");
        Point(features[1]).Should().Equal([37.08029, 48.32805], "Hryshyne is drawn at its gazetteer point");
        Point(features[3]).Should().Equal(37.2, 48.3);
        Point(features[0])[1].Should().BeApproximately(48.28, 0.05, "the main feature is Pokrovsk");
        features.Should().OnlyContain(f => f.GetProperty("properties").GetProperty("settlement").GetString() == "Pokrovsk", "each feature carries the whole strike");
    }

    [Fact]
    public async Task A_draft_place_is_not_drawn_for_readers()
    {
        var (_, rivneId) = await PokrovskAndThreeVillagesAsync(publishRivne: false);

        using var json = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/api/v1/strikes.geojson"));
        var placeIds = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("placeId").GetInt32()).ToList();

        placeIds.Should().HaveCount(3).And.NotContain(rivneId);
    }

    [Fact]
    public async Task The_map_page_lists_each_further_place_with_its_point()
    {
        var (id, rivneId) = await PokrovskAndThreeVillagesAsync();

        var html = await _app.CreateClient().GetStringAsync("/map");

        html.Should().Contain($"data-strike-id=\"{id}\"");
        html.Split("class=\"list-inline-item map-further-place\"").Should().HaveCount(4, "three further places");
        html.Should().Contain($"data-place-id=\"{rivneId}\"").And.Contain("data-lat=\"48.32805\"").And.Contain("href=\"/places/" + rivneId + "\"");
    }

    private static List<double> Point(JsonElement feature) =>
        feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
}
