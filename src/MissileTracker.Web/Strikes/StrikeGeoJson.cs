using System.IO.Pipelines;
using System.Text.Json;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// Strikes as an RFC 7946 GeoJSON FeatureCollection: one Point feature per strike with
/// coordinates, positions as [longitude, latitude] (WGS 84). Strikes without coordinates are
/// left out and counted in the foreign member <c>strikesWithoutCoordinates</c> (and the
/// <c>X-Strikes-Without-Coordinates</c> header).
/// </summary>
public static class StrikeGeoJson
{
    public const string CountHeader = "X-Strikes-Without-Coordinates";
    private const int FlushEvery = 200;

    public static async Task WriteAsync(IAsyncEnumerable<StrikeExportRow> rows, int withoutCoordinates, Stream body, JsonSerializerOptions options, CancellationToken ct)
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
                if (row is not { Latitude: { } latitude, Longitude: { } longitude })
                {
                    continue;
                }

                JsonSerializer.Serialize(json, new StrikeFeature("Feature", row.Id, new PointGeometry("Point", [longitude, latitude]), row), options);
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

/// <summary>An RFC 7946 FeatureCollection of the strikes that have coordinates.</summary>
/// <param name="Type">Always "FeatureCollection".</param>
/// <param name="StrikesWithoutCoordinates">Matching strikes left out because they have no coordinates (a foreign member).</param>
/// <param name="Features">One Point feature per strike with coordinates, in the requested sort order.</param>
public sealed record StrikeFeatures(string Type, int StrikesWithoutCoordinates, IReadOnlyList<StrikeFeature> Features);

/// <summary>One strike as a GeoJSON Feature.</summary>
/// <param name="Type">Always "Feature".</param>
/// <param name="Id">The strike's public id.</param>
/// <param name="Geometry">Where it happened, as precisely as properties.locationPrecision says.</param>
/// <param name="Properties">The strike, with the same members as a CSV row.</param>
public sealed record StrikeFeature(string Type, int Id, PointGeometry Geometry, StrikeExportRow Properties);

/// <summary>A GeoJSON Point.</summary>
/// <param name="Type">Always "Point".</param>
/// <param name="Coordinates">[longitude, latitude] in WGS 84 decimal degrees (RFC 7946 order).</param>
public sealed record PointGeometry(string Type, IReadOnlyList<double> Coordinates);
