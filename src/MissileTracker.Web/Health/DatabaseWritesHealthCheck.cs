using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Health;

/// <summary>
/// Unhealthy while the database cannot take writes: when it says so itself (a read-only SQLite
/// file or mount, a read-only PostgreSQL server), and for <see cref="StorageFailure.RetryAfter"/>
/// after a write failed for lack of storage (a full disk shows only when something is written).
/// Reachability alone (the <c>database</c> check) stays green in both cases.
/// </summary>
internal sealed class DatabaseWritesHealthCheck(TrackerDbContext db, StorageFailureMonitor failures, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (await ReadOnlyReasonAsync(cancellationToken) is { } reason)
        {
            return HealthCheckResult.Unhealthy($"Writes are refused: {reason}.");
        }

        if (failures.Latest is { } latest && clock.GetUtcNow() - latest.At < StorageFailure.RetryAfter)
        {
            return HealthCheckResult.Unhealthy($"A write failed at {latest.At:u}: {latest.Reason}.");
        }

        return HealthCheckResult.Healthy("The database takes writes.");
    }

    // Asks without writing, so the probe neither waits for a writer's lock nor changes anything.
    private async Task<string?> ReadOnlyReasonAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Database.GetDbConnection() is SqliteConnection sqlite)
            {
                return SQLitePCL.raw.sqlite3_db_readonly(sqlite.Handle, "main") == 1 ? StorageFailure.ReadOnlyFile : null;
            }

            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SHOW transaction_read_only";
            return await command.ExecuteScalarAsync(ct) is "on" ? StorageFailure.ReadOnlyServer : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
