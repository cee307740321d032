using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MissileTracker.Web.Api;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace MissileTracker.Web.Strikes;

/// <summary>Strikes as files and feeds: CSV, GeoJSON and Atom, streamed, for the same filters as the list.</summary>
public static class StrikesExportApi
{
    public static RouteGroupBuilder MapStrikeExports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("Strikes");
        group.MapGet("/strikes.csv", ExportStrikesCsv)
            .WithName(nameof(ExportStrikesCsv))
            .WithSummary("Export strikes as CSV")
            .WithDescription("Every strike matching the filters, one row each, in the chosen order, streamed. "
                + "UTF-8, comma-separated, RFC 4180 quoting, a header row with the stable column set documented in docs/api.md "
                + "(new columns are only ever added at the end). `sourceUrls` lists the covering reports' URLs separated by spaces. "
                + "Text cells starting with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe so spreadsheets do not "
                + "evaluate them as formulas (numeric columns never are); `escapeFormulas=false` writes every cell as stored.");
        group.MapGet("/strikes.geojson", ExportStrikesGeoJson)
            .WithName(nameof(ExportStrikesGeoJson))
            .WithSummary("Export strikes as GeoJSON")
            .WithDescription("An RFC 7946 FeatureCollection: one Point feature per matching strike that has coordinates, positions as "
                + "[longitude, latitude]. Strikes without coordinates are left out and counted in `strikesWithoutCoordinates` "
                + "and the `X-Strikes-Without-Coordinates` header. Check `properties.locationPrecision`: a settlement-precision point is the settlement's centre.");
        group.MapGet("/strikes.atom", StrikesFeed)
            .WithName(nameof(StrikesFeed))
            .WithSummary("Atom feed of new and changed strikes")
            .WithDescription($"An Atom (RFC 4287) feed of the {StrikeAtomFeed.MaxEntries} most recently recorded or changed strikes matching the filters, "
                + "newest change first. Takes the list's filter parameters (not its sorting or paging ones: an unknown parameter is a 400), so "
                + "`/api/v1/strikes.atom?type=kn-23&oblast=Kharkiv` follows new KN-23 strikes in Kharkiv.");
        return group;
    }

    public static async Task<Results<CsvResult, ValidationProblem>> ExportStrikesCsv(
        [AsParameters] StrikeCsvParameters csv, [AsParameters] StrikeFilterParameters filters, StrikeQueries strikes, CancellationToken ct) =>
        await StrikeExports.CsvAsync(strikes, filters.Filter with { Sort = csv.Order }, csv.EscapesFormulas, ct);

    public static async Task<Results<GeoJsonResult<StrikeFeatures>, ValidationProblem>> ExportStrikesGeoJson(
        [AsParameters] StrikeExportParameters export, [AsParameters] StrikeFilterParameters filters, StrikeQueries strikes, IOptions<JsonOptions> json, CancellationToken ct) =>
        await StrikeExports.GeoJsonAsync(strikes, filters.Filter with { Sort = export.Order }, json.Value.SerializerOptions, ct);

    public static async Task<Results<AtomFeedResult, ValidationProblem>> StrikesFeed(
        [AsParameters] StrikeFilterParameters filters, StrikeQueries strikes, HttpRequest request, CancellationToken ct) =>
        await StrikeExports.AtomAsync(strikes, filters.Filter, request, ct);
}
