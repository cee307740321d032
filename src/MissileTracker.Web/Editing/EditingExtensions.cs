using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Editing;

public static class EditingExtensions
{
    /// <summary>
    /// What every editing service shares: the clock and the publishing service. Each resource registers its own
    /// editor (<c>AddStrikes</c> and the like, called from <c>Api/TrackerApi.AddTrackerApi</c>).
    /// </summary>
    public static IServiceCollection AddTrackerEditing(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        return services.AddScoped<PublishingService>();
    }
}
