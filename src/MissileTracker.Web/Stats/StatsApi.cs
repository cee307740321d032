using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Api;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

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
        [AsParameters] StrikeFilterParameters parameters, StrikeStatsQueries stats, WeaponList weaponList, CancellationToken ct)
    {
        var errors = new QueryStringParser();
        var filter = parameters.ParseFilter((await weaponList.AllAsync(ct)).Codes(), errors);
        return errors.Any ? ApiProblems.BadQuery(errors) : TypedResults.Ok(await stats.GetAsync(filter, ct));
    }
}
