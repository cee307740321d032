using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Http;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The strikes resource: the list and one strike, the removed-strikes list a mirror syncs with, the CSV, GeoJSON
/// and Atom exports (public reads); create and update (editors) and the publication actions (reviewers).
/// </summary>
public static class StrikesApi
{
    /// <summary>The services this resource's endpoints and pages share.</summary>
    public static IServiceCollection AddStrikes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<StrikeQueries>().AddScoped<StrikeAsOfQueries>().AddScoped<StrikeEditor>().AddScoped<StrikeMerger>().AddSingleton<FullExports>();
        // The public detail's and list's prepared statements are SQLite's; PostgreSQL reads them through EF Core.
        if (DatabaseExtensions.UsesPreparedReads(configuration))
        {
            services.AddSingleton<PublicStrikeDetails>().AddSingleton<PublicStrikeList>();
        }

        return services;
    }

    private const string FromFile = "Without filters (and with formula-like cells escaped) the export is a file rendered once per data version, "
        + "once the first request at that version has had it rendered: it then answers `Range` requests (206; `If-Range` with its strong ETag) "
        + "and is sent gzip-compressed to clients that accept gzip and ask for no range.";

    public static void MapStrikes(this RouteGroupBuilder api)
    {
        var reads = api.MapPublicReads().WithTags("Strikes");
        var strikes = reads.MapGroup("/strikes");
        strikes.MapGet("/", ListStrikes)
            .WithName(nameof(ListStrikes))
            .WithSummary("List strikes")
            .WithDescription("Strikes matching the filters, newest first by default, one page at a time. "
                + "Values within one filter are alternatives (comma-separated); different filters must all match. "
                + "The response carries the total and links to the neighbouring pages; follow `links.nextCursor` "
                + "(keyset paging) to visit every strike once even while strikes are being added. "
                + "With `Accept: text/csv` the response is the CSV export of every match (as `/api/v1/strikes.csv`, formula-like cells escaped).");
        strikes.MapGet("/{id:int}", GetStrike)
            .WithName(nameof(GetStrike))
            .WithSummary("Get one strike with its evidence")
            .WithDescription("The strike's details, every source's statement about it side by side with the figures each gives, and the news reports covering it. "
                + "A strike merged into another answers 301 with the survivor's URL in `Location`. "
                + "With `asOf` the strike is rebuilt from the change log as the public could read it at that time (404 if it was not published then).")
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithLastModified<StrikeDetail>(strike => strike.UpdatedAt);
        strikes.MapGet("/deleted", ListDeletedStrikes)
            .WithName(nameof(ListDeletedStrikes))
            .WithSummary("List strikes removed from the public record")
            .WithDescription("Strikes that were public and have since been deleted, merged into another strike (`reason: \"merged\"`, with `mergedInto`) "
                + "or unpublished, oldest removal first. A mirror syncs by fetching `GET /api/v1/strikes?updatedSince=T` and this list with `since=T`, "
                + "then drops the ids listed here (a merged strike's evidence is on `mergedInto`, which the changed list carries).");

        // The exports sit beside the collection (/strikes.csv), not under it: the file name says the format.
        reads.MapGet("/strikes.csv", ExportStrikesCsv)
            .WithName(nameof(ExportStrikesCsv))
            .WithSummary("Export strikes as CSV")
            .WithDescription("Every strike matching the filters, one row each, in the chosen order, streamed. "
                + "UTF-8, comma-separated, RFC 4180 quoting, a header row with the stable column set documented in docs/api.md "
                + "(new columns are only ever added at the end). `sourceUrls` lists the covering reports' URLs separated by spaces. "
                + "Text cells starting with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe so spreadsheets do not "
                + "evaluate them as formulas (numeric columns never are); `escapeFormulas=false` writes every cell as stored. "
                + FromFile)
            .Produces<Stream>(StatusCodes.Status206PartialContent, CsvResult.MediaType);
        reads.MapGet("/strikes.geojson", ExportStrikesGeoJson)
            .WithName(nameof(ExportStrikesGeoJson))
            .WithSummary("Export strikes as GeoJSON")
            .WithDescription("An RFC 7946 FeatureCollection: one Point feature per matching strike with coordinates or an oblast, positions as "
                + "[longitude, latitude]. A strike with no coordinates but an oblast is at the oblast's centre with `placement: \"OblastCentre\"` "
                + "(an approximation, as the map draws it); `placement: \"Coordinates\"` is the recorded point. Strikes with neither are left out and "
                + "counted in `strikesWithoutCoordinates` and the `X-Strikes-Without-Coordinates` header. Check `properties.locationPrecision`: "
                + "a settlement-precision point is the settlement's centre. " + FromFile)
            .Produces<Stream>(StatusCodes.Status206PartialContent, GeoJson.MediaType);
        reads.MapGet("/strikes.atom", StrikesFeed)
            .WithName(nameof(StrikesFeed))
            .WithSummary("Atom feed of new and changed strikes")
            .WithDescription($"An Atom (RFC 4287) feed of the {StrikeAtomFeed.MaxEntries} most recently recorded or changed strikes matching the filters, "
                + "newest change first. Takes the list's filter parameters (not its sorting or paging ones: an unknown parameter is a 400), so "
                + "`/api/v1/strikes.atom?type=kn-23&oblast=Kharkiv` follows new KN-23 strikes in Kharkiv.");

        var writes = api.MapWrites(Roles.CanEdit).MapGroup("/strikes").WithTags("Strikes");
        writes.MapPost("/", CreateStrike)
            .WithName(nameof(CreateStrike))
            .WithSummary("Create a strike (draft)")
            .WithDescription("Records a new strike as a draft, optionally linked to reports. The answer lists `likelyDuplicates`: stored strikes that may be "
                + "the same event (a warning: the strike is stored; a reviewer can merge it with `POST /api/v1/strikes/{id}/merge`). Requires an editor's or reviewer's API token.")
;
        writes.MapPut("/{id:int}", UpdateStrike)
            .WithName(nameof(UpdateStrike))
            .WithSummary("Update a strike")
            .WithDescription("Replaces the strike's fields. Send the `version` you read: if someone saved in between, the answer is 409 with the current version. "
                + "Editors may change drafts; published strikes need a reviewer.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPublicationActions<Strike>("Strike", (publishing, id, action, reviewer, ct) => publishing.ApplyToStrikeAsync(id, action, reviewer, ct));
        writes.MapGroup("/").RequireApiToken(Roles.CanReview).MapPost("/{id:int}/publish-with-drafts", PublishStrikeWithDrafts)
            .WithName(nameof(PublishStrikeWithDrafts))
            .WithSummary("Publish a strike with its draft reports and statements (reviewer)")
            .WithDescription("Publishes the draft strike, then each of its draft reports, its draft statements and the draft reports those statements cite, "
                + "each in its own save with its own history entry (carrying `reason`). If the strike cannot be published (not found, already published, "
                + "deleted, or changed since the `version` you send: 409), nothing is. A report or statement that fails is left as it was and listed with why; "
                + "the others are still published. Requires a reviewer's API token.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapGroup("/").RequireApiToken(Roles.CanReview).MapPost("/{id:int}/merge", MergeStrike)
            .WithName(nameof(MergeStrike))
            .WithSummary("Merge a strike entered twice into another (reviewer)")
            .WithDescription("Moves the strike's statements, reports and places to the strike named by `into` (links it already has are not doubled), "
                + "makes this strike a tombstone whose id answers 301 to the survivor, and records the merge, with `reason`, in both histories; "
                + "all in one transaction. Answers with the survivor. 400 names `into` when it is this strike, a deleted or merged strike, or no strike, "
                + "and `reason` when it is missing. Requires a reviewer's API token.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<PagedResponse<StrikeSummary>>, JsonHttpResult<PagedResponse<JsonObject>>, CsvResult>> ListStrikes(
        [AsParameters] StrikeListParameters list, [AsParameters] PagingParameters paging, [AsParameters] StrikeFilterParameters filters, StrikeQueries strikes, FullExports files, HttpContext http, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var filter = filters.Filter with { Sort = list.Order };

        // The same URL serves JSON or CSV, so caches must key on Accept.
        http.Response.Headers.Vary = HeaderNames.Accept;
        if (ContentNegotiation.Prefers(http.Request, CsvResult.MediaType))
        {
            // Always the safe form here; raw cells only from strikes.csv?escapeFormulas=false, which says so in its URL.
            return await StrikeExports.CsvAsync(strikes, files, filter, StrikeCsvParameters.EscapeFormulasByDefault, ExportLanguage.English, ct);
        }

        var response = PagedResponse.From(await strikes.ListAsync(filter, paging.PageRequest, ct), http.Request);
        if (list.FieldSet is not { } fields)
        {
            return TypedResults.Ok(response);
        }

        var options = json.Value.SerializerOptions;
        return TypedResults.Json(StrikeFields.Select(response, fields, options), options, statusCode: StatusCodes.Status200OK);
    }

    /// <param name="id">The strike's public id.</param>
    /// <param name="strikes">Strike queries.</param>
    /// <param name="user">The caller; staff (by API token) also get drafts.</param>
    /// <param name="ct">Request cancellation.</param>
    /// <param name="asOf">The time to rebuild the strike at, when given.</param>
    /// <param name="history">Strikes as they stood at a time.</param>
    public static async Task<Results<Ok<StrikeDetail>, RedirectHttpResult, ProblemHttpResult>> GetStrike(
        int id, [AsParameters] StrikeAsOfParameters asOf, StrikeQueries strikes, StrikeAsOfQueries history, ClaimsPrincipal user, CancellationToken ct)
    {
        if (asOf.At is { } at)
        {
            // The record as the public read it then: published state only, for everyone alike.
            return await history.GetAsync(id, at, ct) is { } then ? TypedResults.Ok(then) : ApiProblems.NotFound("Strike", id);
        }

        if (await strikes.GetAsync(id, user.IsStaff(), ct) is { } strike)
        {
            return TypedResults.Ok(strike);
        }

        return await strikes.MergedIntoAsync(id, user.IsStaff(), ct) is { } survivor
            ? TypedResults.Redirect($"{TrackerApi.Prefix}/strikes/{survivor}", permanent: true)
            : ApiProblems.NotFound("Strike", id);
    }

    public static async Task<Ok<List<RemovedStrike>>> ListDeletedStrikes(
        [AsParameters] RemovedStrikesParameters parameters, TrackerDbContext db, CancellationToken ct)
    {
        var from = parameters.From;

        var removed = await db.Strikes.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.PublishedAt != null || s.UnpublishedAt != null)
            .Where(s => (s.DeletedAt != null && s.DeletedAt >= from)
                || (s.DeletedAt == null && s.Status == PublicationStatus.Draft && s.UnpublishedAt != null && s.UnpublishedAt >= from))
            .Select(s => s.DeletedAt != null
                ? new RemovedStrike(s.Id, s.DeletedAt.Value, s.MergedIntoId != null ? "merged" : "deleted", s.MergedIntoId)
                : new RemovedStrike(s.Id, s.UnpublishedAt!.Value, "unpublished"))
            .ToListAsync(ct);
        return TypedResults.Ok(removed.OrderBy(r => r.RemovedAt).ThenBy(r => r.Id).ToList());
    }

    public static async Task<CsvResult> ExportStrikesCsv(
        [AsParameters] StrikeCsvParameters csv, [AsParameters] StrikeCsvLanguageParameters language, [AsParameters] StrikeExportParameters export, [AsParameters] StrikeFilterParameters filters,
        StrikeQueries strikes, FullExports files, CancellationToken ct) =>
        await StrikeExports.CsvAsync(strikes, files, filters.Filter with { Sort = export.Order }, csv.EscapesFormulas, language.Language, ct);

    public static async Task<GeoJsonResult<StrikeFeatures>> ExportStrikesGeoJson(
        [AsParameters] StrikeExportParameters export, [AsParameters] StrikeFilterParameters filters, StrikeQueries strikes, FullExports files, OblastCentres centres, IOptions<JsonOptions> json, CancellationToken ct) =>
        await StrikeExports.GeoJsonAsync(strikes, files, filters.Filter with { Sort = export.Order }, centres, json.Value.SerializerOptions, ct);

    public static async Task<AtomFeedResult> StrikesFeed(
        [AsParameters] StrikeFilterParameters filters, StrikeQueries strikes, HttpRequest request, CancellationToken ct) =>
        await StrikeExports.AtomAsync(strikes, filters.Filter, request, ct);

    public static async Task<Results<Created<StrikeDetail>, ValidationProblem, ProblemHttpResult>> CreateStrike(
        [FromBody] StrikeInput input, StrikeEditor editor, StrikeQueries strikes, TrackerDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Created(
            await editor.CreateAsync(input, EditingUser.From(user, input.Reason), ct),
            strike => $"{TrackerApi.Prefix}/strikes/{strike.Id}",
            async strike => (await strikes.GetAsync(strike.Id, staff: true, ct))! with { LikelyDuplicates = await db.LikelyDuplicatesAsync(strike, ct) });

    /// <param name="id">The strike's id.</param>
    /// <param name="input">The strike's new fields and the version they are based on.</param>
    /// <param name="editor">Strike editing.</param>
    /// <param name="strikes">Strike queries.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<StrikeDetail>, ValidationProblem, ProblemHttpResult>> UpdateStrike(
        int id, [FromBody] StrikeInput input, StrikeEditor editor, StrikeQueries strikes, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Ok(
            await editor.UpdateAsync(id, input, EditingUser.From(user, input.Reason), ct),
            async strike => (await strikes.GetAsync(strike.Id, staff: true, ct))!);

    /// <param name="id">The strike to merge (it becomes a tombstone).</param>
    /// <param name="input">The survivor's id and the reason.</param>
    /// <param name="merger">Strike merging.</param>
    /// <param name="strikes">Strike queries.</param>
    /// <param name="user">The signed-in reviewer.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<StrikeDetail>, ValidationProblem, ProblemHttpResult>> MergeStrike(
        int id, [FromBody] MergeStrikeInput input, StrikeMerger merger, StrikeQueries strikes, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Ok(
            await merger.MergeAsync(id, input.Into, EditingUser.From(user, input.Reason), ct),
            async survivor => (await strikes.GetAsync(survivor.Id, staff: true, ct))!);

    /// <param name="id">The strike's id.</param>
    /// <param name="input">The version reviewed and the reason (both optional).</param>
    /// <param name="publishing">Publication actions.</param>
    /// <param name="user">The signed-in reviewer.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<PublicationBatch>, ValidationProblem, ProblemHttpResult>> PublishStrikeWithDrafts(
        int id, [FromBody] PublishWithDraftsInput? input, PublishingService publishing, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = TextCharacters.Problem(input?.Reason, multiLine: true) is { } problem
            ? new EditResult<IReadOnlyList<PublicationOutcome>>.Invalid(new Dictionary<string, string[]> { ["reason"] = [problem] })
            : await publishing.PublishStrikeWithDraftsAsync(id, input?.Version, drafts: null, EditingUser.From(user, input?.Reason), ct);
        return await EditResponses.Ok(result, outcomes => Task.FromResult(PublicationBatch.Of(outcomes)));
    }
}
