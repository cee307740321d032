using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Api;
using MissileTracker.Web.History;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

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
            .WithDescription("The claim with its speaker, its figures (each with its qualifier and the source's words), its period, the regions it names and the reports that published it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // A claim is a statement: its changes are logged as the statement's.
        group.MapHistory<Statement>("Claim", nameof(Statement), s => s.IsAggregate);

        // Beside the collection (/claims.csv), as the strike exports are: the file name says the format.
        var exports = api.MapPublicReads().WithTags("Claims");
        exports.MapGet("/claims.csv", ExportClaimsCsv)
            .WithName(nameof(ExportClaimsCsv))
            .WithSummary("Export aggregate claims as CSV")
            .WithDescription("Every aggregate claim matching the filters (as `GET /api/v1/claims` takes them), one row each, newest first, streamed: "
                + "speaker, date, period (start, end, as of, note), regions named, quote and reports. The figures are in `claim-figures.csv`, joined on "
                + "`id` = `claimId`. UTF-8, RFC 4180 quoting, a header row with the stable column set documented in docs/codebook.md (new columns are only "
                + "ever added at the end). Text cells starting with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe "
                + "(`escapeFormulas=false` writes every cell as stored).");
        exports.MapGet("/claim-figures.csv", ExportClaimFiguresCsv)
            .WithName(nameof(ExportClaimFiguresCsv))
            .WithSummary("Export the figures of aggregate claims as CSV")
            .WithDescription("One row per figure of every aggregate claim matching the filters, by claim id and then the figure's position, streamed: "
                + "kind, unit, value, low and high bounds, qualifier, the source's words and the weapon label as said. `low`/`high` are the bounds "
                + "the figure allows (`high` empty when it sets none, as for \"at least\"). Same CSV conventions as `claims.csv`.");
    }

    public static async Task<Ok<PagedResponse<StatementDto>>> ListClaims(
        [AsParameters] StatementFilterParameters filters, [AsParameters] PagingParameters paging, ClaimQueries claims, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await claims.ListAsync(filters.Filter, paging.PageRequest, ct), request));

    public static async Task<CsvResult> ExportClaimsCsv(
        [AsParameters] StrikeCsvParameters csv, [AsParameters] StatementFilterParameters filters, ClaimQueries claims, CancellationToken ct) =>
        await claims.ClaimsCsvAsync(filters.Filter, csv.EscapesFormulas, ct);

    public static async Task<CsvResult> ExportClaimFiguresCsv(
        [AsParameters] StrikeCsvParameters csv, [AsParameters] StatementFilterParameters filters, ClaimQueries claims, CancellationToken ct) =>
        await claims.FiguresCsvAsync(filters.Filter, csv.EscapesFormulas, ct);

    /// <param name="id">The claim's (statement's) id.</param>
    /// <param name="claims">Claim queries.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<StatementDto>, ProblemHttpResult>> GetClaim(int id, ClaimQueries claims, CancellationToken ct) =>
        await claims.GetAsync(id, ct) is { } claim ? TypedResults.Ok(claim) : ApiProblems.NotFound("Claim", id);
}
