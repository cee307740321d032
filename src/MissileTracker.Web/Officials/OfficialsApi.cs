using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Api;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Officials;

public static class OfficialsApi
{
    public static RouteGroupBuilder MapOfficials(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/officials").WithTags("Officials");
        group.MapGet("/", ListOfficials)
            .WithName(nameof(ListOfficials))
            .WithSummary("List officials")
            .WithDescription("Everyone whose statements are recorded, by name, with how many statements each has.");
        group.MapGet("/{id:int}", GetOfficial)
            .WithName(nameof(GetOfficial))
            .WithSummary("Get one official and everything they said")
            .WithDescription("The official and all their recorded statements, newest first, each with its figures, strikes and reports.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<PagedResponse<OfficialSummary>>, ValidationProblem>> ListOfficials(
        [AsParameters] PagingParameters paging, OfficialQueries officials, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await officials.ListAsync(paging.PageRequest, ct), request));

    /// <param name="id">The official's id.</param>
    /// <param name="officials">Official queries.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<OfficialDetail>, ProblemHttpResult>> GetOfficial(int id, OfficialQueries officials, CancellationToken ct) =>
        await officials.GetAsync(id, ct) is { } official ? TypedResults.Ok(official) : ApiProblems.NotFound("Official", id);
}
