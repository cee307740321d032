using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Weapons;
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
            .WithDescription("An RFC 7946 FeatureCollection: one Point feature per matching strike with coordinates or an oblast, positions as "
                + "[longitude, latitude]. A strike with no coordinates but an oblast is at the oblast's centre with `placement: \"OblastCentre\"` "
                + "(an approximation, as the map draws it); `placement: \"Coordinates\"` is the recorded point. Strikes with neither are left out and "
                + "counted in `strikesWithoutCoordinates` and the `X-Strikes-Without-Coordinates` header. Check `properties.locationPrecision`: "
                + "a settlement-precision point is the settlement's centre.");
        group.MapGet("/strikes.atom", StrikesFeed)
            .WithName(nameof(StrikesFeed))
            .WithSummary("Atom feed of new and changed strikes")
            .WithDescription($"An Atom (RFC 4287) feed of the {StrikeAtomFeed.MaxEntries} most recently recorded or changed strikes matching the filters, "
                + "newest change first. Takes the list's filter parameters (not its sorting or paging ones: an unknown parameter is a 400), so "
                + "`/api/v1/strikes.atom?type=kn-23&oblast=Kharkiv` follows new KN-23 strikes in Kharkiv.");
        return group;
    }

    public static async Task<Results<CsvResult, ValidationProblem>> ExportStrikesCsv(
        [AsParameters] StrikeCsvParameters parameters, StrikeQueries strikes, WeaponList weaponList, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var filter = parameters.Parse((await weaponList.AllAsync(ct)).Codes(), errors);
        var escapeFormulas = parameters.ParseEscapeFormulas(errors);
        return errors.Any ? ApiProblems.BadQuery(errors) : await StrikeExports.CsvAsync(strikes, filter, escapeFormulas, ct);
    }

    public static async Task<Results<GeoJsonResult<StrikeFeatures>, ValidationProblem>> ExportStrikesGeoJson(
        [AsParameters] StrikeExportParameters parameters, StrikeQueries strikes, WeaponList weaponList, OblastCentres centres, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var filter = parameters.Parse((await weaponList.AllAsync(ct)).Codes(), errors);
        return errors.Any ? ApiProblems.BadQuery(errors) : await StrikeExports.GeoJsonAsync(strikes, filter, centres, json.Value.SerializerOptions, ct);
    }

    public static async Task<Results<AtomFeedResult, ValidationProblem>> StrikesFeed(
        [AsParameters] StrikeFilterParameters parameters, StrikeQueries strikes, WeaponList weaponList, HttpRequest request, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var filter = parameters.ParseFilter((await weaponList.AllAsync(ct)).Codes(), errors);
        return errors.Any ? ApiProblems.BadQuery(errors) : await StrikeExports.AtomAsync(strikes, filter, request, ct);
    }
}
