using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Api;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.History;

/// <summary>
/// <c>GET {resource}/{id}/history</c>: a record's change log in the shape of the strike's <c>history</c> (newest first; the public
/// sees changes to published content, made by "staff"). Declared once for reports, statements and claims.
/// </summary>
public static class HistoryEndpoints
{
    /// <param name="reads">The resource's public read group.</param>
    /// <param name="resource">The resource's name in the endpoint's name and texts, e.g. "Report".</param>
    /// <param name="entityType">The change log's name for the record type.</param>
    /// <param name="which">The records of this resource (claims are the aggregate statements).</param>
    public static RouteHandlerBuilder MapHistory<T>(this RouteGroupBuilder reads, string resource, string entityType, Expression<Func<T, bool>>? which = null)
        where T : class, IPublishable
    {
        return reads.MapGet("/{id:int}/history", Handler)
            .WithName($"Get{resource}History")
            .WithSummary($"Get a {resource.ToLowerInvariant()}'s history")
            .WithDescription($"The {resource.ToLowerInvariant()}'s changes, newest first, as strikes carry them in `history`: action, time, who (\"staff\" for the public), "
                + "reason and each field's change. The public sees changes to published content; 404 when the record is not public.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, ProblemHttpResult>> Handler(int id, TrackerDbContext db, ClaimsPrincipal user, CancellationToken ct)
        {
            var records = db.Set<T>().VisibleTo(user.IsStaff()).Where(r => r.Id == id);
            if (which is not null)
            {
                records = records.Where(which);
            }

            return await records.AnyAsync(ct)
                ? TypedResults.Ok(await db.HistoryOfAsync(entityType, id, user.IsStaff(), ct))
                : ApiProblems.NotFound(resource, id);
        }
    }
}
