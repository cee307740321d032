using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Api;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Http;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// Builds the strike exports; the rows always come from <see cref="StrikeQueries.StreamAsync"/>. The full CSV and
/// GeoJSON exports are served from a file when one is rendered for the current data (<see cref="FullExports"/>).
/// </summary>
public static class StrikeExports
{
    public static async Task<CsvResult> CsvAsync(
        StrikeQueries strikes, FullExports files, StrikeFilter filter, bool escapeFormulas, ExportLanguage language, CancellationToken ct)
    {
        // The rendered full file is the English one; Ukrainian labels are written as the rows stream.
        var file = language == ExportLanguage.English ? files.Ready(FullExports.Format.Csv, filter, escapeFormulas, await strikes.DataStampAsync(ct)) : null;
        var version = file?.Version ?? await strikes.VersionAsync(filter, ct);
        var body = CsvBody(strikes, filter, escapeFormulas);
        return new CsvResult(version, language == ExportLanguage.English ? body : (stream, token) => InUkrainianAsync(body, stream, token))
        {
            File = file,
            Headers = { ["Content-Disposition"] = "attachment; filename=\"strikes.csv\"" },
        };
    }

    /// <summary>
    /// Writes a body with the rows' labels in Ukrainian: the export rows name oblasts, weapons and dates in the current
    /// culture (the API's is English), and a culture set inside this async method reaches the rows it streams but not
    /// the caller. Same ETag as the English body: the URL differs, and both change with the same data.
    /// </summary>
    private static async Task InUkrainianAsync(Func<Stream, CancellationToken, Task> body, Stream stream, CancellationToken ct)
    {
        var ukrainian = System.Globalization.CultureInfo.GetCultureInfo(Localization.Languages.Ukrainian);
        System.Globalization.CultureInfo.CurrentCulture = ukrainian;
        System.Globalization.CultureInfo.CurrentUICulture = ukrainian;
        await body(stream, ct);
    }

    /// <summary>Writes the CSV of the strikes <paramref name="filter"/> selects.</summary>
    public static Func<Stream, CancellationToken, Task> CsvBody(StrikeQueries strikes, StrikeFilter filter, bool escapeFormulas) =>
        (body, token) => StrikeCsv.WriteAsync(strikes.StreamAsync(filter, null, withPlaces: false, token), body, escapeFormulas, token);

    public static async Task<GeoJsonResult<StrikeFeatures>> GeoJsonAsync(
        StrikeQueries strikes, FullExports files, StrikeFilter filter, OblastCentres centres, JsonSerializerOptions options, CancellationToken ct)
    {
        var file = files.Ready(FullExports.Format.GeoJson, filter, escapeFormulas: true, await strikes.DataStampAsync(ct));
        var version = file?.Version ?? await strikes.VersionAsync(filter, ct);
        var withoutCoordinates = file is null ? await WithoutCoordinatesAsync(strikes, filter, ct) : 0;
        var result = new GeoJsonResult<StrikeFeatures>(version, GeoJsonBody(strikes, filter, withoutCoordinates, centres, options))
        {
            File = file,
            Headers = { ["Content-Disposition"] = "attachment; filename=\"strikes.geojson\"" },
        };
        if (file is null)
        {
            result.Headers[StrikeGeoJson.CountHeader] = withoutCoordinates.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>Strikes with neither coordinates nor an oblast cannot be placed even approximately: they are counted, not written.</summary>
    public static async Task<int> WithoutCoordinatesAsync(StrikeQueries strikes, StrikeFilter filter, CancellationToken ct) =>
        filter.HasCoordinates == true ? 0 : await strikes.Matching(filter with { HasCoordinates = false }).CountAsync(s => s.Oblast == null, ct);

    /// <summary>Writes the GeoJSON of the strikes <paramref name="filter"/> selects.</summary>
    public static Func<Stream, CancellationToken, Task> GeoJsonBody(
        StrikeQueries strikes, StrikeFilter filter, int withoutCoordinates, OblastCentres centres, JsonSerializerOptions options) =>
        (body, token) => StrikeGeoJson.WriteAsync(strikes.StreamAsync(filter, null, withPlaces: true, token), withoutCoordinates, centres, body, options, token);

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
