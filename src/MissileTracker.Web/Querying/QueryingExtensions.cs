namespace MissileTracker.Web.Querying;

public static class QueryingExtensions
{
    /// <summary>
    /// The cache every resource's queries share. The query classes themselves are registered by their resource
    /// (<c>AddStrikes</c> and the like, called from <c>Api/TrackerApi.AddTrackerApi</c>).
    /// </summary>
    public static IServiceCollection AddTrackerQueries(this IServiceCollection services) =>
        services
            .AddSingleton<AggregateCache.Store>()
            .AddScoped<AggregateCache>();
}
