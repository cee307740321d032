using MissileTracker.Web.Officials;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Editing;

public static class EditingExtensions
{
    /// <summary>The write-side services the editor pages and the write API share.</summary>
    public static IServiceCollection AddTrackerEditing(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        return services
            .AddScoped<StrikeEditor>()
            .AddScoped<PlaceStore>()
            .AddScoped<PlaceEditor>()
            .AddScoped<ReportEditor>()
            .AddScoped<OfficialEditor>()
            .AddScoped<StatementEditor>()
            .AddScoped<PublishingService>()
            .AddScoped<Import.Importer>();
    }
}
