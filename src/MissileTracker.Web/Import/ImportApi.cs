using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Http;

namespace MissileTracker.Web.Import;

public static class ImportApi
{
    /// <summary>The services this resource's endpoints and pages share.</summary>
    public static IServiceCollection AddImport(this IServiceCollection services) =>
        services.AddScoped<Importer>();

    public static void MapImport(this RouteGroupBuilder api)
    {
        // Imports have their own body limit, far above the 1 MiB every other request gets: 100,000 rows are 31 MB as CSV, 56 MB as JSON.
        var group = api.MapWrites(Roles.CanEdit).MapGroup("/import").WithTags("Import")
            .WithRequestSizeLimit(RequestSizeLimit.ImportMaxBytes(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IConfiguration>()), RequestSizeLimit.ImportSetting);
        group.MapPost("/", ImportBatch)
            .WithName(nameof(ImportBatch))
            .WithSummary("Import reports and strikes (all or nothing)")
            .WithDescription("Validates every row first and answers 400 listing every error with its row number; otherwise writes the whole batch "
                + "in one transaction as drafts. Rows already stored are skipped, so a repeated import changes nothing. `dryRun=true` reports what "
                + $"would happen without writing. The body may be larger than other requests' ({RequestSizeLimit.ImportSetting}).")
;
        group.MapPost("/strikes.csv", ImportStrikesCsv)
            .WithName(nameof(ImportStrikesCsv))
            .WithSummary("Import strikes from CSV (all or nothing)")
            .WithDescription("One strike per row with the columns of docs/editing.md (date, datePrecision, …, summary, and optionally reportUrl, "
                + "reportOutlet, reportTitle, reportPublishedOn, reportLanguage), in UTF-8. Errors are keyed by data row (`rows[N].column`), including "
                + "cells that are not UTF-8 and a quoted cell that is never closed. Otherwise as the JSON import; `rowsChecked`, `rowsCreated` and "
                + "`rowsSkipped` count data rows (by their strike).")
            .Accepts<string>("text/csv")
;
    }

    /// <param name="request">The request, whose body is the CSV.</param>
    /// <param name="dryRun">Check and count only; write nothing.</param>
    /// <param name="importer">The importer.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> ImportStrikesCsv(
        HttpRequest request, [FromQuery] bool? dryRun, Importer importer, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!(request.ContentType ?? "").StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send text/csv",
                detail: "This endpoint reads a CSV body (Content-Type: text/csv).");
        }

        var (batch, errors) = await StrikeCsvImport.ReadAsync(request.Body, ct);
        if (batch is null)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid CSV", detail: "Check these cells: " + string.Join(", ", errors.Keys) + ".");
        }

        var result = await importer.ImportAsync(batch.Request, dryRun ?? false, EditingUser.From(user, "CSV import"), ct);
        if (result is EditResult<ImportResult>.Invalid invalid)
        {
            var rows = StrikeCsvImport.ToRows(invalid.Errors, batch.ReportRows);
            return TypedResults.ValidationProblem(rows, title: "Invalid CSV", detail: "Check these cells: " + string.Join(", ", rows.Keys) + ".");
        }

        // A CSV row is a strike (with its report): rows are counted by their strike, not as JSON entries.
        return await EditResponses.Ok(result, counts => Task.FromResult(counts with
        {
            RowsChecked = counts.StrikesCreated + counts.StrikesAlreadyStored,
            RowsCreated = counts.StrikesCreated,
            RowsSkipped = counts.StrikesAlreadyStored,
        }));
    }

    /// <param name="batch">The reports and strikes to import.</param>
    /// <param name="dryRun">Check and count only; write nothing.</param>
    /// <param name="importer">The importer.</param>
    /// <param name="user">The signed-in editor.</param>
    /// <param name="ct">Request cancellation.</param>
    public static async Task<Results<Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> ImportBatch(
        [FromBody] ImportRequest batch, [FromQuery] bool? dryRun, Importer importer, ClaimsPrincipal user, CancellationToken ct) =>
        await EditResponses.Ok(await importer.ImportAsync(batch, dryRun ?? false, EditingUser.From(user, "import"), ct), Task.FromResult);
}
