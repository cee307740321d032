using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Health;

/// <summary>Unhealthy while the database lacks migrations this build expects.</summary>
internal sealed class MigrationsHealthCheck(TrackerDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("All migrations applied.")
            : HealthCheckResult.Unhealthy($"Pending migrations: {string.Join(", ", pending)}.");
    }
}
