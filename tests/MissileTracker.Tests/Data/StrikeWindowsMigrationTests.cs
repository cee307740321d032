using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MissileTracker.Web.Data;

namespace MissileTracker.Tests.Data;

/// <summary>The StrikeWindows migration keeps existing strikes and turns a stored night (NightOf on D) into a window ending on D+1.</summary>
public sealed class StrikeWindowsMigrationTests
{
    [Fact]
    public async Task A_night_stored_before_the_migration_ends_the_next_day_after_it()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite(connection).Options);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_StrikeWindows", StringComparison.Ordinal)) - 1];
        await migrator.MigrateAsync(before);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Strikes" ("Id", "OccurredOn", "DatePrecision", "LocationPrecision", "OriginCountry", "OriginStatus", "WeaponId", "Summary", "CreatedAt", "UpdatedAt", "Status", "Version")
            VALUES (1, '2024-08-31', 'NightOf', 'NotReported', 'KP', 'ReportedByOfficials', 1, 'night', '2024-09-01 00:00:00', '2024-09-01 00:00:00', 'Published', 1),
                   (2, '2024-08-05', 'Day', 'NotReported', 'KP', 'ReportedByOfficials', 1, 'day', '2024-09-01 00:00:00', '2024-09-01 00:00:00', 'Published', 1)
            """);

        await migrator.MigrateAsync();

        var strikes = await db.Strikes.IgnoreQueryFilters().AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        strikes.Select(s => s.EndsOn).Should().Equal(new DateOnly(2024, 9, 1), null);
        strikes[0].Date.ToString().Should().Be("night of 31 Aug/1 Sept 2024");
    }
}
