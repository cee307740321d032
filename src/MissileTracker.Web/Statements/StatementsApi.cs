using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.History;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Statements;

/// <summary>The statements resource: list and read (public); editors create and edit drafts; reviewers publish.</summary>
public static class StatementsApi
{
    /// <summary>The services this resource's endpoints and pages share.</summary>
    public static IServiceCollection AddStatements(this IServiceCollection services) =>
        services.AddScoped<StatementQueries>().AddScoped<StatementEditor>();

    public static void MapStatements(this RouteGroupBuilder api)
    {
        var statements = api.MapPublicReads().MapGroup("/statements").WithTags("Statements");
        statements.MapGet("/", ListStatements)
            .WithName(nameof(ListStatements))
            .WithSummary("List statements")
            .WithDescription("Everything officials and organisations are recorded as saying, newest first (undated last): statements about "
                + "specific strikes with the figures they give, and aggregate claims. Filter by official, organisation, period and words in the quote.");
        statements.MapGet("/{id:int}", GetStatement)
            .WithName(nameof(GetStatement))
            .WithSummary("Get one statement")
            .WithDescription("Who said what and when, the reports that published it, and the figures it gives for each strike or as an aggregate claim.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        statements.MapHistory<Statement>("Statement", nameof(Statement));
        // Beside the collection (/statements.csv), as the strike and claim exports are: the file name says the format.
        api.MapPublicReads().WithTags("Statements").MapGet("/statements.csv", ExportStatementsCsv)
            .WithName(nameof(ExportStatementsCsv))
            .WithSummary("Export statements as CSV")
            .WithDescription("Every statement matching the filters (as `GET /api/v1/statements` takes them), newest first, streamed: one row per strike "
                + "the statement is about, with the figures it gives for that strike, each as five cells: the number, its qualifier (`Exact`, `AtLeast`, "
                + "`AtMost`, `About`, `MoreThan`, `Range`), the high end of a range, the source's words and the readable text (\"at least 10\"). "
                + "A statement about no single strike (an aggregate claim) has one row with the strike and figure cells empty; its figures are in "
                + "`claim-figures.csv`. Same CSV conventions as `strikes.csv`; columns in docs/codebook.md.");

        var writes = api.MapWrites(Roles.CanEdit).MapGroup("/statements").WithTags("Statements");
        writes.MapPost("/", CreateStatement)
            .WithName(nameof(CreateStatement))
            .WithSummary("Create a statement (draft)")
            .WithDescription("Records what an official or organisation said, in which report(s), about which strike(s) with which figures, or as an aggregate claim.")
;
        writes.MapPut("/{id:int}", UpdateStatement)
            .WithName(nameof(UpdateStatement))
            .WithSummary("Update a statement")
            .WithDescription("Replaces the statement, its figures and its reports; send the `version` you read (409 if someone saved in between).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPublicationActions<Statement>("Statement", (publishing, id, action, reviewer, ct) => publishing.ApplyToStatementAsync(id, action, reviewer, ct));
    }

    public static async Task<Ok<PagedResponse<StatementDto>>> ListStatements(
        [AsParameters] StatementListParameters list, [AsParameters] StatementFilterParameters filters, [AsParameters] PagingParameters paging,
        StatementQueries statements, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await statements.ListAsync(filters.Filter with { Aggregate = list.AggregateOnly }, paging.PageRequest, ct), request));

    public static async Task<CsvResult> ExportStatementsCsv(
        [AsParameters] StrikeCsvParameters csv, [AsParameters] StatementListParameters list, [AsParameters] StatementFilterParameters filters,
        StatementQueries statements, CancellationToken ct) =>
        await statements.CsvAsync(filters.Filter with { Aggregate = list.AggregateOnly }, csv.EscapesFormulas, ct);

    /// <param name="id">The statement's id.</param>
    /// <param name="db">The database.</param>
    /// <param name="user">The caller; staff (by API token) also get drafts.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<StatementDto>, ProblemHttpResult>> GetStatement(int id, TrackerDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await LoadAsync(db, id, user.IsStaff(), ct) is { } statement ? TypedResults.Ok(statement) : ApiProblems.NotFound("Statement", id);

    public static async Task<Results<Created<StatementDto>, ValidationProblem, ProblemHttpResult>> CreateStatement(
        [FromBody] StatementInput input, StatementEditor editor, TrackerDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Created(
            await editor.CreateAsync(input, EditingUser.From(user, input.Reason), ct),
            statement => $"{TrackerApi.Prefix}/statements/{statement.Id}",
            async statement => (await LoadAsync(db, statement.Id, staff: true, ct))!);

    /// <param name="id">The statement's id.</param>
    /// <param name="input">The statement's new content and the version it is based on.</param>
    /// <param name="editor">Statement editing.</param>
    /// <param name="db">The database.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<StatementDto>, ValidationProblem, ProblemHttpResult>> UpdateStatement(
        int id, [FromBody] StatementInput input, StatementEditor editor, TrackerDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Ok(
            await editor.UpdateAsync(id, input, EditingUser.From(user, input.Reason), ct),
            async statement => (await LoadAsync(db, statement.Id, staff: true, ct))!);

    internal static async Task<StatementDto?> LoadAsync(TrackerDbContext db, int id, bool staff, CancellationToken ct)
    {
        var statements = db.Statements.VisibleTo(staff);
        var statement = await statements.Where(s => s.Id == id).WithEvidence().SingleOrDefaultAsync(ct);
        return statement is null ? null : StatementDto.From(statement);
    }
}
