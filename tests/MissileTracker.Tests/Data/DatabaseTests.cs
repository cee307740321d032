using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Data;

/// <summary>The database itself: migrations match the model, and check constraints hold without the input rules.</summary>
public sealed class DatabaseTests
{
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
}
