using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Api;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>A strike that left the public record: deleted (a tombstone) or taken back to draft.</summary>
/// <param name="Id">The strike's id; never reused.</param>
/// <param name="RemovedAt">When it left the public record (UTC).</param>
/// <param name="Reason">"deleted" or "unpublished".</param>
public sealed record RemovedStrike(int Id, DateTime RemovedAt, string Reason);

public static class DeletedStrikesApi
{
    public static RouteGroupBuilder MapDeletedStrikes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/strikes").WithTags("Strikes");
        group.MapGet("/deleted", ListDeletedStrikes)
            .WithName(nameof(ListDeletedStrikes))
            .WithSummary("List strikes removed from the public record")
            .WithDescription("Strikes that were public and have since been deleted or unpublished, oldest removal first. "
                + "A mirror syncs by fetching `GET /api/v1/strikes?updatedSince=T` and this list with `since=T`, then drops the ids listed here.");
        return group;
    }

    public static async Task<Results<Ok<List<RemovedStrike>>, ValidationProblem>> ListDeletedStrikes(
        [AsParameters] RemovedStrikesParameters parameters, TrackerDbContext db, CancellationToken ct)
    {
        var from = parameters.From;

        var removed = await db.Strikes.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.PublishedAt != null || s.UnpublishedAt != null)
            .Where(s => (s.DeletedAt != null && s.DeletedAt >= from)
                || (s.DeletedAt == null && s.Status == PublicationStatus.Draft && s.UnpublishedAt != null && s.UnpublishedAt >= from))
            .Select(s => s.DeletedAt != null
                ? new RemovedStrike(s.Id, s.DeletedAt.Value, "deleted")
                : new RemovedStrike(s.Id, s.UnpublishedAt!.Value, "unpublished"))
            .ToListAsync(ct);
        return TypedResults.Ok(removed.OrderBy(r => r.RemovedAt).ThenBy(r => r.Id).ToList());
    }
}
