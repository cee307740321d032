using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MissileTracker.Web.Data;
using MissileTracker.Web.Statements;

namespace MissileTracker.Tests.Claims;

/// <summary>The ClaimFigures migration keeps each existing aggregate count: it becomes the claim's first figure, qualifier and unit included.</summary>
public sealed class ClaimFiguresMigrationTests
{
    [Fact]
    public async Task An_existing_claimed_count_becomes_the_claims_first_figure()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite(connection).Options);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_ClaimFigures", StringComparison.Ordinal)) - 1];
        await migrator.MigrateAsync(before);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Statements" ("Organisation", "Quote", "QuoteKind", "IsAggregate", "ClaimedCount", "ClaimedCountQualifier", "ClaimedUnit",
                                      "CreatedAt", "UpdatedAt", "Status", "Version")
            VALUES ('U.S. Department of State', 'There have been at least 10 cases.', 'Direct', 1, 10, 'AtLeast', 'cases of North Korean missiles used', '2024-03-19T00:00:00Z', '2024-03-19T00:00:00Z', 'Published', 1),
                   ('Foreign ministers of 47 countries', 'A joint statement condemned the missiles.', 'Paraphrase', 1, NULL, 'Exact', 'condemnation (no count given)', '2024-01-09T00:00:00Z', '2024-01-09T00:00:00Z', 'Published', 1),
                   ('Kharkiv City Council', 'Two people were injured.', 'Direct', 0, NULL, 'Exact', NULL, '2024-01-06T00:00:00Z', '2024-01-06T00:00:00Z', 'Published', 1);
            """);

        await migrator.MigrateAsync();

        var figures = await db.ClaimFigures.IgnoreQueryFilters().AsNoTracking().OrderBy(f => f.StatementId).ToListAsync();
        figures.Select(f => (f.StatementId, f.Position, f.Kind, f.Figure, f.Unit)).Should().Equal(
            (1, 0, ClaimFigureKind.Cases, new Figure(10, FigureQualifier.AtLeast), "cases of North Korean missiles used"),
            (2, 0, ClaimFigureKind.Other, Figure.None, "condemnation (no count given)"));
    }
}
