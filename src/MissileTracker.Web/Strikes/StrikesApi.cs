using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace MissileTracker.Web.Strikes;

public static class StrikesApi
{
    public static RouteGroupBuilder MapStrikes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/strikes").WithTags("Strikes");
        group.MapGet("/", ListStrikes)
            .WithName(nameof(ListStrikes))
            .WithSummary("List strikes")
            .WithDescription("Strikes matching the filters, newest first by default, one page at a time. "
                + "Values within one filter are alternatives (comma-separated); different filters must all match. "
                + "The response carries the total and links to the neighbouring pages; follow `links.nextCursor` "
                + "(keyset paging) to visit every strike once even while strikes are being added. "
                + "With `Accept: text/csv` the response is the CSV export of every match (as `/api/v1/strikes.csv`, formula-like cells escaped).");
        group.MapGet("/{id:int}", GetStrike)
            .WithName(nameof(GetStrike))
            .WithSummary("Get one strike with its evidence")
            .WithDescription("The strike's details, every source's statement about it side by side with the figures each gives, and the news reports covering it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithLastModified<StrikeDetail>(strike => strike.UpdatedAt);
        return group;
    }

    public static async Task<Results<Ok<PagedResponse<StrikeSummary>>, JsonHttpResult<PagedResponse<JsonObject>>, CsvResult, ValidationProblem>> ListStrikes(
        [AsParameters] StrikeListParameters list, [AsParameters] StrikeFilterParameters filters, StrikeQueries strikes, HttpContext http, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var filter = filters.Filter with { Sort = list.Order };

        // The same URL serves JSON or CSV, so caches must key on Accept.
        http.Response.Headers.Vary = HeaderNames.Accept;
        if (ContentNegotiation.Prefers(http.Request, CsvResult.MediaType))
        {
            // Always the safe form here; raw cells only from strikes.csv?escapeFormulas=false, which says so in its URL.
            return await StrikeExports.CsvAsync(strikes, filter, StrikeCsvParameters.EscapeFormulasByDefault, ct);
        }

        var response = PagedResponse.From(await strikes.ListAsync(filter, list.PageRequest, ct), http.Request);
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
    public static async Task<Results<Ok<StrikeDetail>, ProblemHttpResult>> GetStrike(int id, StrikeQueries strikes, ClaimsPrincipal user, CancellationToken ct) =>
        await strikes.GetAsync(id, user.IsStaff(), ct) is { } strike ? TypedResults.Ok(strike) : ApiProblems.NotFound("Strike", id);
}
