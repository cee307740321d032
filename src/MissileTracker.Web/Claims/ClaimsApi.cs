using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Api;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Claims;

public static class ClaimsApi
{
    /// <summary>The services this resource's endpoints and pages share.</summary>
    public static IServiceCollection AddClaims(this IServiceCollection services) =>
        services.AddScoped<ClaimQueries>();

    public static void MapClaims(this RouteGroupBuilder api)
    {
        var group = api.MapPublicReads().MapGroup("/claims").WithTags("Claims");
        group.MapGet("/", ListClaims)
            .WithName(nameof(ListClaims))
            .WithSummary("List aggregate claims")
            .WithDescription("Statements whose figures cover many strikes or a period (\"at least 10 cases\") and belong to no single strike; newest first, undated last. "
                + "Filter by official, organisation, the period in which the claim was made, and words in the quote.");
        group.MapGet("/{id:int}", GetClaim)
            .WithName(nameof(GetClaim))
            .WithSummary("Get one aggregate claim")
            .WithDescription("The claim with its speaker, figure, period and the reports that published it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<PagedResponse<StatementDto>>> ListClaims(
        [AsParameters] StatementFilterParameters filters, [AsParameters] PagingParameters paging, ClaimQueries claims, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await claims.ListAsync(filters.Filter, paging.PageRequest, ct), request));

    /// <param name="id">The claim's (statement's) id.</param>
    /// <param name="claims">Claim queries.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<StatementDto>, ProblemHttpResult>> GetClaim(int id, ClaimQueries claims, CancellationToken ct) =>
        await claims.GetAsync(id, ct) is { } claim ? TypedResults.Ok(claim) : ApiProblems.NotFound("Claim", id);
}
