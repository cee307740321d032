using System.IO.Pipelines;
using System.Text.Json;
using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// Strikes as an RFC 7946 GeoJSON FeatureCollection: one Point feature per place of a placed strike,
/// positions as [longitude, latitude] (WGS 84). The strike's main feature is at its coordinates, or, with only
/// an oblast, at the oblast's centre with the foreign member <c>placement: "OblastCentre"</c> (as the map draws
/// it), so no placed strike is missing. Each further place the strike names (a town and three villages in one
/// case) is one more feature with the same id, at that place's centre (<c>placement: "PlaceCentre"</c>) with
/// its own <c>placeId</c>, <c>placePosition</c> and <c>placePrecision</c>: Points, not a MultiPoint, because each
/// place has its own precision and GIS tools style and count Points per feature. Strikes with neither
/// coordinates nor an oblast are left out and counted (strikes, not features) in the foreign member
/// <c>strikesWithoutCoordinates</c> (and the <c>X-Strikes-Without-Coordinates</c> header).
/// </summary>
public static class StrikeGeoJson
{
    public const string CountHeader = "X-Strikes-Without-Coordinates";
    private const int FlushEvery = 200;

    public static async Task WriteAsync(IAsyncEnumerable<StrikeExportRow> rows, int withoutCoordinates, OblastCentres centres, Stream body, JsonSerializerOptions options, CancellationToken ct)
    {
        // The serializer flushes its writer synchronously; over a pipe that only hands bytes to the pipe,
        // and the pipe's own asynchronous flush writes them to the response.
        var pipe = PipeWriter.Create(body, new StreamPipeWriterOptions(leaveOpen: true));
        await using (var json = new Utf8JsonWriter(pipe))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteNumber("strikesWithoutCoordinates", withoutCoordinates);
            json.WriteStartArray("features");
            var written = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                var (placement, latitude, longitude) = StrikePlacement.Of(row.Latitude, row.Longitude, row.Oblast, centres);
                if (placement == MapPlacement.None)
                {
                    continue;
                }

                var main = row.Places.FirstOrDefault(p => p.Position == 0);
                JsonSerializer.Serialize(json, new StrikeFeature("Feature", row.Id, Point(latitude!.Value, longitude!.Value), placement,
                    main?.PlaceId, 0, row.LocationPrecision, row), options);
                foreach (var place in row.Places.Where(p => p.Position > 0))
                {
                    JsonSerializer.Serialize(json, new StrikeFeature("Feature", row.Id, Point(place.Latitude, place.Longitude), MapPlacement.PlaceCentre,
                        place.PlaceId, place.Position, place.Precision, row), options);
                }

                if (++written % FlushEvery == 0)
                {
                    await pipe.FlushAsync(ct);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await pipe.CompleteAsync();
    }

    private static PointGeometry Point(double latitude, double longitude) => new("Point", [longitude, latitude]);
}

/// <summary>An RFC 7946 FeatureCollection of the strikes that have coordinates or an oblast.</summary>
/// <param name="Type">Always "FeatureCollection".</param>
/// <param name="StrikesWithoutCoordinates">Matching strikes left out because they have neither coordinates nor an oblast (a foreign member).</param>
/// <param name="Features">One Point feature per place of each placed strike (main place first), strikes in the requested sort order.</param>
public sealed record StrikeFeatures(string Type, int StrikesWithoutCoordinates, IReadOnlyList<StrikeFeature> Features);

/// <summary>One place of a strike as a GeoJSON Feature.</summary>
/// <param name="Type">Always "Feature".</param>
/// <param name="Id">The strike's public id; a strike naming several places has one feature per place, all with this id.</param>
/// <param name="Geometry">Where it is drawn: the strike's coordinates (as precise as properties.locationPrecision says), its oblast's centre, or a further place's centre.</param>
/// <param name="Placement">Coordinates: the strike's recorded coordinates (properties.latitude/longitude). OblastCentre: no coordinates are recorded; the point is the centre of properties.oblast, an approximation. PlaceCentre: a further place the strike names, at that place's centre (a foreign member).</param>
/// <param name="PlaceId">The tracker's id of the place this feature is at (its page <c>/places/{id}</c>; <c>GET /api/v1/strikes?place={id}</c> lists its strikes); null when the strike's location is not linked to a place (a foreign member).</param>
/// <param name="PlacePosition">0 for the strike's main place (the feature at properties.latitude/longitude or the oblast centre), 1, 2… for the further places in the strike's order (a foreign member).</param>
/// <param name="PlacePrecision">How precisely the strike is known at this feature's place: properties.locationPrecision for the main place, the place's own precision for a further one (a foreign member).</param>
/// <param name="Properties">The strike, with the same members as a CSV row (the same on each of its features).</param>
public sealed record StrikeFeature(string Type, int Id, PointGeometry Geometry, MapPlacement Placement, int? PlaceId, int PlacePosition,
    LocationPrecision PlacePrecision, StrikeExportRow Properties);

/// <summary>A GeoJSON Point.</summary>
/// <param name="Type">Always "Point".</param>
/// <param name="Coordinates">[longitude, latitude] in WGS 84 decimal degrees (RFC 7946 order).</param>
public sealed record PointGeometry(string Type, IReadOnlyList<double> Coordinates);
