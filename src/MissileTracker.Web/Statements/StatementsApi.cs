using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Http;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Statements;

public static class StatementsApi
{
    public static RouteGroupBuilder MapStatements(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/statements").WithTags("Statements");
        group.MapGet("/", ListStatements)
            .WithName(nameof(ListStatements))
            .WithSummary("List statements")
            .WithDescription("Everything officials and organisations are recorded as saying, newest first (undated last): statements about "
                + "specific strikes with the figures they give, and aggregate claims. Filter by official, organisation, period and words in the quote.");
        group.MapGet("/{id:int}", GetStatement)
            .WithName(nameof(GetStatement))
            .WithSummary("Get one statement")
            .WithDescription("The statement with its speaker, the strikes it refers to and the figures it gives for each, and the reports that published it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<PagedResponse<StatementDto>>, ValidationProblem>> ListStatements(
        [AsParameters] AllStatementListParameters parameters, StatementListQueries statements, HttpRequest request, CancellationToken ct)
    {
        var errors = new QueryErrors();
        var (filter, page) = parameters.Parse(errors);
        if (errors.Any)
        {
            return ApiProblems.BadQuery(errors);
        }

        return TypedResults.Ok(PagedResponse.From(await statements.ListAsync(filter, page, ct), request));
    }

    /// <param name="id">The statement's id.</param>
    /// <param name="statements">Statement queries.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<StatementDto>, ProblemHttpResult>> GetStatement(int id, StatementListQueries statements, CancellationToken ct) =>
        await statements.GetAsync(id, ct) is { } statement ? TypedResults.Ok(statement) : ApiProblems.NotFound("Statement", id);
}
