using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Data;

/// <summary>The app's own seed data: the only tests that read it (the others build their own evidence).</summary>
public sealed class SampleDataTests
{
    // A fresh database prepared by a normal start with seeding on, as a new production database would be.
    private static TrackerApp SeededApp() => new(knownEvidence: false, connectionString: $"Data Source=seed-{Guid.NewGuid():N};Mode=Memory;Cache=Shared",
        settings: new Dictionary<string, string?> { ["Database:SeedSampleData"] = "true" });

    [Fact]
    public async Task First_start_seeds_the_three_Kirby_strikes_without_invented_details()
    {
        using var app = SeededApp();

        var strikes = await app.WithDbAsync(db => db.Strikes.Include(s => s.Weapon).OrderBy(s => s.OccurredOn).ToListAsync());

        strikes.Select(s => s.OccurredOn).Should().Equal(new DateOnly(2023, 12, 30), new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 6));
        strikes.Should().OnlyContain(s => s.Killed == null && s.Injured == null && s.MissilesLaunched == null);
        strikes.Should().OnlyContain(s => s.OriginStatus == OriginStatus.ReportedByOfficials && s.OriginCountry == "KP");
        strikes[0].LocationPrecision.Should().Be(LocationPrecision.NotReported);
        strikes[0].Oblast.Should().BeNull();
        strikes[2].Oblast.Should().Be(Oblast.Kharkiv);
        strikes[2].Settlement.Should().Be("Kharkiv");
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        using var app = SeededApp();

        var before = await app.WithDbAsync(Counts);
        await app.WithDbAsync(db => SampleData.SeedAsync(db));
        var after = await app.WithDbAsync(Counts);

        after.Should().Be(before);
        before.Should().Be((3, 2, 3, 5));
    }

    [Fact]
    public async Task Seeding_leaves_a_database_that_already_holds_data_alone()
    {
        using var app = new TrackerApp(knownEvidence: false);
        await app.AddAsync(Evidence.Report("An editor's report"));

        await app.WithDbAsync(db => SampleData.SeedAsync(db));

        (await app.WithDbAsync(Counts)).Should().Be((0, 1, 0, 0));
    }

    [Fact]
    public async Task Migrations_are_applied_and_match_the_model()
    {
        using var app = new TrackerApp(knownEvidence: false);

        var pending = await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        var modelChanged = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        pending.Should().BeEmpty();
        modelChanged.Should().BeFalse("every model change needs a migration (dotnet ef migrations add)");
    }

    [Fact]
    public async Task The_database_refuses_non_http_report_links()
    {
        using var app = new TrackerApp(knownEvidence: false);

        var save = () => app.AddAsync(Evidence.Report("Bad link", url: "javascript:alert(1)"));

        await save.Should().ThrowAsync<DbUpdateException>();
        (await app.WithDbAsync(db => db.Reports.CountAsync())).Should().Be(0);
    }

    private static async Task<(int Strikes, int Reports, int Officials, int Statements)> Counts(TrackerDbContext db) =>
        (await db.Strikes.CountAsync(), await db.Reports.CountAsync(), await db.Officials.CountAsync(), await db.Statements.CountAsync());
}
