using System.IO.Pipelines;
using System.Text.Json;
using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// Strikes as an RFC 7946 GeoJSON FeatureCollection: one Point feature per placed strike, positions as
/// [longitude, latitude] (WGS 84). A strike with coordinates is at them; one with only an oblast is at the
/// oblast's centre with the foreign member <c>placement: "OblastCentre"</c> (as the map draws it), so no placed
/// strike is missing. Strikes with neither are left out and counted in the foreign member
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

                JsonSerializer.Serialize(json, new StrikeFeature("Feature", row.Id, new PointGeometry("Point", [longitude!.Value, latitude!.Value]), placement, row), options);
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
}

/// <summary>An RFC 7946 FeatureCollection of the strikes that have coordinates or an oblast.</summary>
/// <param name="Type">Always "FeatureCollection".</param>
/// <param name="StrikesWithoutCoordinates">Matching strikes left out because they have neither coordinates nor an oblast (a foreign member).</param>
/// <param name="Features">One Point feature per placed strike, in the requested sort order.</param>
public sealed record StrikeFeatures(string Type, int StrikesWithoutCoordinates, IReadOnlyList<StrikeFeature> Features);

/// <summary>One strike as a GeoJSON Feature.</summary>
/// <param name="Type">Always "Feature".</param>
/// <param name="Id">The strike's public id.</param>
/// <param name="Geometry">Where it is drawn: its coordinates (as precise as properties.locationPrecision says), or its oblast's centre.</param>
/// <param name="Placement">Coordinates: the strike's recorded coordinates (properties.latitude/longitude). OblastCentre: no coordinates are recorded; the point is the centre of properties.oblast, an approximation (a foreign member).</param>
/// <param name="Properties">The strike, with the same members as a CSV row.</param>
public sealed record StrikeFeature(string Type, int Id, PointGeometry Geometry, MapPlacement Placement, StrikeExportRow Properties);

/// <summary>A GeoJSON Point.</summary>
/// <param name="Type">Always "Point".</param>
/// <param name="Coordinates">[longitude, latitude] in WGS 84 decimal degrees (RFC 7946 order).</param>
public sealed record PointGeometry(string Type, IReadOnlyList<double> Coordinates);
