using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Api;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Statements;

/// <summary>The statement list with its filters; one statement is <c>GET /api/v1/statements/{id}</c> (editors' work).</summary>
public static class StatementListApi
{
    public static RouteGroupBuilder MapStatementList(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/statements").WithTags("Statements");
        group.MapGet("/", ListStatements)
            .WithName(nameof(ListStatements))
            .WithSummary("List statements")
            .WithDescription("Everything officials and organisations are recorded as saying, newest first (undated last): statements about "
                + "specific strikes with the figures they give, and aggregate claims. Filter by official, organisation, period and words in the quote.");
        return group;
    }

    public static async Task<Results<Ok<PagedResponse<StatementDto>>, ValidationProblem>> ListStatements(
        [AsParameters] StatementListParameters filters, [AsParameters] PagingParameters paging, StatementQueries statements, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await statements.ListAsync(filters.Filter, paging.PageRequest, ct), request));
}
