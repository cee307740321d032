using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Http;

namespace MissileTracker.Web.Import;

public static class ImportApi
{
    public static RouteGroupBuilder MapImport(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/import").WithTags("Import").RequireApiToken(Roles.CanEdit);
        group.MapPost("/", ImportBatch)
            .WithName(nameof(ImportBatch))
            .WithSummary("Import reports and strikes (all or nothing)")
            .WithDescription("Validates every row first and answers 400 listing every error with its row number; otherwise writes the whole batch "
                + "in one transaction as drafts. Rows already stored are skipped, so a repeated import changes nothing. `dryRun=true` reports what "
                + "would happen without writing.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
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
