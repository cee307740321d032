using System.Net;
using System.Text.Json;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;

namespace MissileTracker.Tests.Strikes;

/// <summary>The GeoJSON export, checked against RFC 7946's rules.</summary>
public sealed class StrikeGeoJsonTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public StrikeGeoJsonTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private async Task<(HttpResponseMessage Response, JsonElement Root)> GetAsync(string query = "")
    {
        var response = await _client.GetAsync("/api/v1/strikes.geojson" + query);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return (response, JsonDocument.Parse(body).RootElement);
    }

    /// <summary>The RFC 7946 rules a FeatureCollection of Points must follow.</summary>
    private static void ShouldBeRfc7946FeatureCollection(JsonElement root)
    {
        root.ValueKind.Should().Be(JsonValueKind.Object);
        root.GetProperty("type").GetString().Should().Be("FeatureCollection");
        root.TryGetProperty("crs", out _).Should().BeFalse("RFC 7946 removed crs; coordinates are WGS 84 (§4)");
        root.GetProperty("features").ValueKind.Should().Be(JsonValueKind.Array);
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            feature.GetProperty("type").GetString().Should().Be("Feature");
            feature.TryGetProperty("properties", out var properties).Should().BeTrue("a Feature has a properties member (§3.2)");
            properties.ValueKind.Should().BeOneOf(JsonValueKind.Object, JsonValueKind.Null);
            if (feature.TryGetProperty("id", out var id))
            {
                id.ValueKind.Should().BeOneOf(JsonValueKind.Number, JsonValueKind.String);
            }

            var geometry = feature.GetProperty("geometry");
            geometry.GetProperty("type").GetString().Should().Be("Point");
            var position = geometry.GetProperty("coordinates").EnumerateArray().ToList();
            position.Should().HaveCountGreaterThanOrEqualTo(2).And.HaveCountLessThanOrEqualTo(3);
            position.Should().OnlyContain(p => p.ValueKind == JsonValueKind.Number);
            position[0].GetDouble().Should().BeInRange(-180, 180, "longitude comes first (§3.1.1)");
            position[1].GetDouble().Should().BeInRange(-90, 90, "latitude comes second (§3.1.1)");
        }
    }

    [Fact]
    public async Task Is_an_rfc_7946_feature_collection_served_as_application_geo_json()
    {
        var (response, root) = await GetAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/geo+json");
        ShouldBeRfc7946FeatureCollection(root);
    }

    [Fact]
    public async Task Positions_are_longitude_then_latitude()
    {
        var (_, root) = await GetAsync();

        var kharkiv = root.GetProperty("features").EnumerateArray().Should().ContainSingle().Subject;
        kharkiv.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble())
            .Should().Equal(36.2304, 49.9935);
        kharkiv.GetProperty("properties").GetProperty("settlement").GetString().Should().Be("Kharkiv");
        kharkiv.GetProperty("properties").GetProperty("oblast").GetString().Should().Be("Kharkiv");
    }

    [Fact]
    public async Task Strikes_without_coordinates_are_left_out_and_counted()
    {
        var (response, root) = await GetAsync();

        root.GetProperty("features").GetArrayLength().Should().Be(1);
        root.GetProperty("strikesWithoutCoordinates").GetInt32().Should().Be(2);
        response.Headers.GetValues("X-Strikes-Without-Coordinates").Should().Equal("2");
    }

    [Fact]
    public async Task Filters_apply_and_the_southern_and_western_hemispheres_keep_their_signs()
    {
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 6, 1), Oblast.Odesa, "Test point", at: (-33.5, -70.25)));

        var (_, root) = await GetAsync("?from=2024-06-01&hasCoordinates=true");

        ShouldBeRfc7946FeatureCollection(root);
        root.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble())
            .Should().Equal(-70.25, -33.5);
        root.GetProperty("strikesWithoutCoordinates").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Asking_only_for_strikes_without_coordinates_gives_an_empty_collection_and_their_count()
    {
        var (_, root) = await GetAsync("?hasCoordinates=false");

        ShouldBeRfc7946FeatureCollection(root);
        root.GetProperty("features").GetArrayLength().Should().Be(0);
        root.GetProperty("strikesWithoutCoordinates").GetInt32().Should().Be(2);
    }
}
