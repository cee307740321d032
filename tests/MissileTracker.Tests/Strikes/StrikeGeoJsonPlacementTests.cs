using System.Text.Json;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

/// <summary>No placed strike is missing from the GeoJSON export, and each says how it was placed.</summary>
public sealed class StrikeGeoJsonPlacementTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Every_placed_strike_is_a_feature_with_its_precision_and_placement()
    {
        var kharkiv = Evidence.Strike(new DateOnly(2024, 2, 7), Oblast.Kharkiv, "Kharkiv", at: (49.98081, 36.25272));
        var oblastOnly = Evidence.Strike(new DateOnly(2024, 2, 8), Oblast.Zaporizhzhia);
        // Entered before the gazetteer: settlement precision, no coordinates. Drawn (approximately) at its oblast, not dropped.
        var settlementWithoutPoint = Evidence.Strike(new DateOnly(2024, 2, 9), Oblast.Kyiv, "Rozhivka");
        var nowhere = Evidence.Strike(new DateOnly(2024, 2, 10));
        await _app.AddRangeAsync(kharkiv, oblastOnly, settlementWithoutPoint, nowhere);

        var response = await _app.CreateClient().GetAsync("/api/v1/strikes.geojson");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetInt32());

        features.Keys.Should().BeEquivalentTo([kharkiv.Id, oblastOnly.Id, settlementWithoutPoint.Id]);
        json.RootElement.GetProperty("strikesWithoutCoordinates").GetInt32().Should().Be(1);
        response.Headers.GetValues("X-Strikes-Without-Coordinates").Should().Equal("1");

        Placement(features[kharkiv.Id]).Should().Be(nameof(MapPlacement.Coordinates));
        Point(features[kharkiv.Id]).Should().Equal(36.25272, 49.98081);
        Precision(features[kharkiv.Id]).Should().Be(nameof(LocationPrecision.Settlement));

        Placement(features[oblastOnly.Id]).Should().Be(nameof(MapPlacement.OblastCentre));
        Precision(features[oblastOnly.Id]).Should().Be(nameof(LocationPrecision.Oblast));
        Point(features[oblastOnly.Id])[1].Should().BeInRange(46.5, 48.2, "the point is inside Zaporizhzhia Oblast");
        features[oblastOnly.Id].GetProperty("properties").GetProperty("latitude").ValueKind.Should().Be(JsonValueKind.Null, "the stored strike has no coordinates");

        Placement(features[settlementWithoutPoint.Id]).Should().Be(nameof(MapPlacement.OblastCentre));
        Precision(features[settlementWithoutPoint.Id]).Should().Be(nameof(LocationPrecision.Settlement));
    }

    private static string? Placement(JsonElement feature) => feature.GetProperty("placement").GetString();

    private static string? Precision(JsonElement feature) => feature.GetProperty("properties").GetProperty("locationPrecision").GetString();

    private static List<double> Point(JsonElement feature) =>
        feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
}
