using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Api;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Http;

namespace MissileTracker.Web.Strikes;

/// <summary>Builds the streamed strike exports; the rows always come from <see cref="StrikeQueries.StreamAsync"/>.</summary>
public static class StrikeExports
{
    public static async Task<CsvResult> CsvAsync(StrikeQueries strikes, StrikeFilter filter, bool escapeFormulas, CancellationToken ct)
    {
        var version = await strikes.VersionAsync(filter, ct);
        return new CsvResult(version, (body, token) => StrikeCsv.WriteAsync(strikes.StreamAsync(filter, null, withPlaces: false, token), body, escapeFormulas, token))
        {
            Headers = { ["Content-Disposition"] = "attachment; filename=\"strikes.csv\"" },
        };
    }

    public static async Task<GeoJsonResult<StrikeFeatures>> GeoJsonAsync(StrikeQueries strikes, StrikeFilter filter, OblastCentres centres, JsonSerializerOptions options, CancellationToken ct)
    {
        var version = await strikes.VersionAsync(filter, ct);
        // Strikes with neither coordinates nor an oblast cannot be placed even approximately: they are counted, not written.
        var withoutCoordinates = filter.HasCoordinates == true ? 0 : await strikes.Matching(filter with { HasCoordinates = false }).CountAsync(s => s.Oblast == null, ct);
        return new GeoJsonResult<StrikeFeatures>(version, (body, token) =>
            StrikeGeoJson.WriteAsync(strikes.StreamAsync(filter, null, withPlaces: true, token), withoutCoordinates, centres, body, options, token))
        {
            Headers =
            {
                [StrikeGeoJson.CountHeader] = withoutCoordinates.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Content-Disposition"] = "attachment; filename=\"strikes.geojson\"",
            },
        };
    }

    public static async Task<AtomFeedResult> AtomAsync(StrikeQueries strikes, StrikeFilter filter, HttpRequest request, CancellationToken ct)
    {
        var newestChangeFirst = filter with { Sort = StrikeSort.UpdatedDescending };
        var version = await strikes.VersionAsync(newestChangeFirst, ct);
        var baseUrl = PublicBaseUrl.Of(request);
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        var feed = new StrikeAtomFeed.Context($"{baseUrl}{request.Path}{request.QueryString}", baseUrl, query, version.LastModified);
        return new AtomFeedResult(version, (body, token) =>
            StrikeAtomFeed.WriteAsync(strikes.StreamAsync(newestChangeFirst, StrikeAtomFeed.MaxEntries, withPlaces: false, token), feed, body, token));
    }
}
