using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Api;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Stats;

public static class StatsApi
{
    public static RouteGroupBuilder MapStats(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/stats").WithTags("Statistics");
        group.MapGet("/", GetStats)
            .WithName(nameof(GetStats))
            .WithSummary("Strike statistics")
            .WithDescription("Counts of strikes, and sums of the known missiles launched and intercepted, killed and injured, "
                + "in total and by month, oblast, missile type and origin status, for the same filters as the strike list. "
                + "Figures are the tracker's consolidated values; unknown figures add nothing (a sum is null when none is known).");
        return group;
    }

    public static async Task<Results<Ok<StrikeStats>, ValidationProblem>> GetStats(
        [AsParameters] StrikeFilterParameters filters, StrikeStatsQueries stats, CancellationToken ct) =>
        TypedResults.Ok(await stats.GetAsync(filters.Filter, ct));
}
