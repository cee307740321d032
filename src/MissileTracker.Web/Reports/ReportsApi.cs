using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;
using MissileTracker.Web.History;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Reports;

/// <summary>The news reports resource: list and read (public); editors record drafts, a stored URL is never stored twice; reviewers publish.</summary>
public static class ReportsApi
{
    /// <summary>The services this resource's endpoints and pages share.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddScoped<ReportQueries>().AddScoped<ReportEditor>();

    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapPublicReads().MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/", ListReports)
            .WithName(nameof(ListReports))
            .WithSummary("List news reports")
            .WithDescription("News reports by outlet, newest first within each outlet; reports without a known date come last.");
        reports.MapGet("/{id:int}", GetReport)
            .WithName(nameof(GetReport))
            .WithSummary("Get one news report")
            .WithDescription("The report, the strikes it covers and the statements it publishes.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapHistory<Report>("Report", nameof(Report));

        var writes = api.MapWrites(Roles.CanEdit).MapGroup("/reports").WithTags("Reports");
        writes.MapPost("/", CreateReport)
            .WithName(nameof(CreateReport))
            .WithSummary("Create a news report (draft)")
            .WithDescription("Records a news report as a draft. If its URL is already stored, the answer is 409 with `existingId` (use that report instead).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPut("/{id:int}", UpdateReport)
            .WithName(nameof(UpdateReport))
            .WithSummary("Update a news report")
            .WithDescription("Replaces the report's fields; send the `version` you read (409 if someone saved in between). Published reports need a reviewer.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPublicationActions<Report>("Report", (publishing, id, action, reviewer, ct) => publishing.ApplyToReportAsync(id, action, reviewer, ct));
    }

    public static async Task<Ok<PagedResponse<ReportSummary>>> ListReports(
        [AsParameters] ReportFilterParameters filters, [AsParameters] PagingParameters paging, ReportQueries reports, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await reports.ListAsync(filters.Filter, paging.PageRequest, ct), request));

    /// <param name="id">The report's id.</param>
    /// <param name="reports">Report queries.</param>
    /// <param name="user">The caller; staff (by API token) also get drafts.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetReport(int id, ReportQueries reports, ClaimsPrincipal user, CancellationToken ct) =>
        await reports.GetAsync(id, user.IsStaff(), ct) is { } report ? TypedResults.Ok(report) : ApiProblems.NotFound("Report", id);

    public static async Task<Results<Created<ReportDetail>, ValidationProblem, ProblemHttpResult>> CreateReport(
        [FromBody] ReportInput input, ReportEditor editor, ReportQueries reports, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Created(
            await editor.CreateAsync(input, EditingUser.From(user, input.Reason), ct),
            report => $"{TrackerApi.Prefix}/reports/{report.Id}",
            async report => (await reports.GetAsync(report.Id, staff: true, ct))!);

    /// <param name="id">The report's id.</param>
    /// <param name="input">The report's new fields and the version they are based on.</param>
    /// <param name="editor">Report editing.</param>
    /// <param name="reports">Report queries.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<ReportDetail>, ValidationProblem, ProblemHttpResult>> UpdateReport(
        int id, [FromBody] ReportInput input, ReportEditor editor, ReportQueries reports, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Ok(
            await editor.UpdateAsync(id, input, EditingUser.From(user, input.Reason), ct),
            async report => (await reports.GetAsync(report.Id, staff: true, ct))!);
}
