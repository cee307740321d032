using MissileTracker.Web.Claims;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Querying;

public static class QueryServices
{
    /// <summary>The read-side query classes the pages and the API share.</summary>
    public static IServiceCollection AddTrackerQueries(this IServiceCollection services) =>
        services
            .AddScoped<StrikeQueries>()
            .AddScoped<OfficialQueries>()
            .AddScoped<ReportQueries>()
            .AddScoped<ClaimQueries>();
}
