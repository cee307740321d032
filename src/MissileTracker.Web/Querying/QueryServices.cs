using MissileTracker.Web.Claims;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Places;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Stats;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Querying;

public static class QueryServices
{
    /// <summary>The read-side query classes the pages and the API share.</summary>
    public static IServiceCollection AddTrackerQueries(this IServiceCollection services) =>
        services
            .AddSingleton<AggregateCache.Store>()
            .AddScoped<AggregateCache>()
            .AddScoped<Weapons.WeaponList>()
            .AddScoped<StrikeQueries>()
            .AddScoped<StrikeStatsQueries>()
            .AddScoped<OfficialQueries>()
            .AddScoped<ReportQueries>()
            .AddScoped<StatementListQueries>()
            .AddScoped<ClaimQueries>()
            .AddSingleton(_ => Gazetteer.Shipped)
            .AddSingleton(sp => Geography.OblastCentres.FromWebRoot(sp.GetRequiredService<IWebHostEnvironment>()))
            .AddScoped<PlaceLookup>();
}
