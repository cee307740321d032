using Microsoft.AspNetCore.Http.HttpResults;
using MissileTracker.Web.Api;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Stats;

public static class StatsApi
{
    /// <summary>The services this resource's endpoints and pages share.</summary>
    public static IServiceCollection AddStats(this IServiceCollection services) =>
        services.AddScoped<StrikeStatsQueries>();

    public static void MapStats(this RouteGroupBuilder api)
    {
        var group = api.MapPublicReads().MapGroup("/stats").WithTags("Statistics");
        group.MapGet("/", GetStats)
            .WithName(nameof(GetStats))
            .WithSummary("Strike statistics")
            .WithDescription("Counts of strikes, and sums of the known missiles launched and intercepted, killed and injured, "
                + "in total and by month, oblast, raion (of the linked places), missile type and origin status, for the same filters as the strike list. "
                + "Figures are the tracker's consolidated values; unknown figures add nothing (a sum is null when none is known).");
    }

    public static async Task<Ok<StrikeStats>> GetStats(
        [AsParameters] StrikeFilterParameters filters, StrikeStatsQueries stats, CancellationToken ct) =>
        TypedResults.Ok(await stats.GetAsync(filters.Filter, ct));
}
