using System.Text.Json;

namespace MissileTracker.Web.Geography;

/// <summary>
/// Where a strike known only to its oblast is drawn, on the map and in the GeoJSON export: the oblast's
/// centre, the area-weighted centroid of the largest polygon of its shipped outline
/// (<c>wwwroot/lib/ukraine-oblasts/ukraine-oblasts.json</c>; islands do not pull it off), planar — fine at oblast scale.
/// Computed here once, so the map and the export put the same strike at the same point.
/// </summary>
public sealed class OblastCentres
{
    public const string OutlinesPath = "lib/ukraine-oblasts/ukraine-oblasts.json";

    private readonly Dictionary<string, (double Latitude, double Longitude)> _byIsoCode;

    public OblastCentres(Stream outlines)
    {
        using var document = JsonDocument.Parse(outlines);
        _byIsoCode = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var id = feature.TryGetProperty("id", out var fid) ? fid.GetString() : feature.GetProperty("properties").GetProperty("id").GetString();
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("coordinates")]
                : geometry.GetProperty("coordinates").EnumerateArray().ToList();
            var best = polygons.Select(p => Centroid(p[0])).Where(c => c.Area > 0).MaxBy(c => c.Area);
            if (id is not null && best.Area > 0)
            {
                _byIsoCode[id] = (best.Latitude, best.Longitude);
            }
        }
    }

    /// <summary>The centre of <paramref name="oblast"/>, or null if the outlines lack it.</summary>
    public (double Latitude, double Longitude)? Of(Oblast oblast) =>
        _byIsoCode.TryGetValue(Oblasts.IsoCodeOf(oblast), out var centre) ? centre : null;

    public static OblastCentres FromWebRoot(IWebHostEnvironment environment)
    {
        using var stream = environment.WebRootFileProvider.GetFileInfo(OutlinesPath).CreateReadStream();
        return new OblastCentres(stream);
    }

    private static (double Area, double Latitude, double Longitude) Centroid(JsonElement ring)
    {
        var points = ring.EnumerateArray().Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
        double area = 0, x = 0, y = 0;
        for (int i = 0, j = points.Count - 1; i < points.Count; j = i++)
        {
            var f = points[j].Lon * points[i].Lat - points[i].Lon * points[j].Lat;
            area += f;
            x += (points[j].Lon + points[i].Lon) * f;
            y += (points[j].Lat + points[i].Lat) * f;
        }

        return area == 0 ? (0, 0, 0) : (Math.Abs(area / 2), y / (3 * area), x / (3 * area));
    }
}
