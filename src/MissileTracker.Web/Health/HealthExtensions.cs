using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Health;

public static class HealthExtensions
{
    private const string Ready = "ready";

    public static IServiceCollection AddTrackerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<TrackerDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<DatabaseWritesHealthCheck>("database-writes", tags: [Ready]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (no dependencies checked).
    /// <c>/health/ready</c>: the database is reachable, fully migrated and takes writes; when not,
    /// each failing check's reason follows the status, one per line.
    /// </summary>
    public static WebApplication MapTrackerHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteStatusAndReasonsAsync });
        return app;
    }

    private static Task WriteStatusAndReasonsAsync(HttpContext context, HealthReport report)
    {
        var lines = report.Entries
            .Where(entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(entry => $"{entry.Key}: {entry.Value.Description ?? entry.Value.Exception?.GetType().Name ?? "no reason given"}")
            .Prepend(report.Status.ToString());
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(string.Join('\n', lines));
    }
}
