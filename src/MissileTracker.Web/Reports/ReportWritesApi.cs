using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Reports;

/// <summary>Report writes: editors record news reports as drafts; a stored URL is never stored twice.</summary>
public static class ReportWritesApi
{
    public static RouteGroupBuilder MapReportWrites(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/reports").WithTags("Reports");
        var editors = group.MapGroup("/").RequireApiToken(Roles.CanEdit);
        editors.MapPost("/", CreateReport)
            .WithName(nameof(CreateReport))
            .WithSummary("Create a news report (draft)")
            .WithDescription("Records a news report as a draft. If its URL is already stored, the answer is 409 with `existingId` (use that report instead).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        editors.MapPut("/{id:int}", UpdateReport)
            .WithName(nameof(UpdateReport))
            .WithSummary("Update a news report")
            .WithDescription("Replaces the report's fields; send the `version` you read (409 if someone saved in between). Published reports need a reviewer.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPublicationActions<Report>("Report", (publishing, id, action, reviewer, ct) => publishing.ApplyToReportAsync(id, action, reviewer, ct));
        return group;
    }

    public static async Task<Results<Created<ReportDetail>, ValidationProblem, ProblemHttpResult>> CreateReport(
        [FromBody] ReportInput input, ReportEditor editor, ReportQueries reports, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Created(
            await editor.CreateAsync(input, EditingUser.From(user, input.Reason), ct),
            report => $"/api/v1/reports/{report.Id}",
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
