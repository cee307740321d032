using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Reports;

public static class ReportsApi
{
    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/reports").WithTags("Reports");
        group.MapGet("/", ListReports)
            .WithName(nameof(ListReports))
            .WithSummary("List news reports")
            .WithDescription("News reports by outlet, newest first within each outlet; reports without a known date come last.");
        group.MapGet("/{id:int}", GetReport)
            .WithName(nameof(GetReport))
            .WithSummary("Get one news report")
            .WithDescription("The report, the strikes it covers and the statements it publishes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<PagedResponse<ReportSummary>>, ValidationProblem>> ListReports(
        [AsParameters] ReportFilterParameters filters, [AsParameters] PagingParameters paging, ReportQueries reports, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.From(await reports.ListAsync(filters.Filter, paging.PageRequest, ct), request));

    /// <param name="id">The report's id.</param>
    /// <param name="reports">Report queries.</param>
    /// <param name="user">The caller; staff (by API token) also get drafts.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetReport(int id, ReportQueries reports, ClaimsPrincipal user, CancellationToken ct) =>
        await reports.GetAsync(id, user.IsStaff(), ct) is { } report ? TypedResults.Ok(report) : ApiProblems.NotFound("Report", id);
}
