using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Weapons;

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
                + "The response carries the total and links to the neighbouring pages.");
        group.MapGet("/{id:int}", GetStrike)
            .WithName(nameof(GetStrike))
            .WithSummary("Get one strike with its evidence")
            .WithDescription("The strike's details, every source's statement about it side by side with the figures each gives, and the news reports covering it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<PagedResponse<StrikeSummary>>, ValidationProblem>> ListStrikes(
        [AsParameters] StrikeListParameters parameters, StrikeQueries strikes, TrackerDbContext db, HttpRequest request, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var (filter, page) = parameters.Parse((await db.ListWeaponsAsync(ct)).Codes(), errors);
        if (errors.Any)
        {
            return ApiProblems.BadQuery(errors);
        }

        var result = await strikes.ListAsync(filter, page, ct);
        return TypedResults.Ok(PagedResponse.From(result, request));
    }

    /// <param name="id">The strike's public id.</param>
    /// <param name="strikes">Strike queries.</param>
    /// <param name="user">The caller; staff (by API token) also get drafts.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<StrikeDetail>, ProblemHttpResult>> GetStrike(int id, StrikeQueries strikes, ClaimsPrincipal user, CancellationToken ct) =>
        await strikes.GetAsync(id, user.IsStaff(), ct) is { } strike ? TypedResults.Ok(strike) : ApiProblems.NotFound("Strike", id);
}
