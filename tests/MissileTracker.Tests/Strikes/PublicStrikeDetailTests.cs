using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Data;
using MissileTracker.Web.Evidence;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;
using Xunit;

namespace MissileTracker.Tests.Strikes;

/// <summary>
/// The public detail's prepared SQLite command (<see cref="PublicStrikeDetails"/>) writes the public's visibility rules in
/// SQL a second time; these tests hold it to EF Core's named query filters: for every strike, drafts and deletions of the
/// strike and of everything linked to it, both reads must give the same JSON.
/// </summary>
[Trait("Provider", "SqliteOnly")] // The prepared command is SQLite's; PostgreSQL reads the detail through EF Core.
public sealed class PublicStrikeDetailTests
{
    [Fact]
    public async Task The_prepared_read_gives_what_EF_Core_gives_for_every_strike_with_drafts_and_deletions_linked()
    {
        using var app = new TrackerApp();
        await MixDraftsAndDeletionsAsync(app);

        var (compared, visible) = await CompareEveryStrikeAsync(app);

        compared.Should().BeGreaterThan(5);
        visible.Should().BeGreaterThan(0).And.BeLessThan(compared, "a draft and a deleted strike are among them");
    }

    [Fact]
    public async Task A_strike_the_public_cannot_see_is_not_found_by_the_prepared_read()
    {
        using var app = new TrackerApp(knownEvidence: false);
        var draft = await app.AddAsync(Evidence.Strike(new DateOnly(2025, 2, 1), publication: PublicationStatus.Draft));
        var deleted = await app.AddAsync(Evidence.Strike(new DateOnly(2025, 2, 2)));
        await app.WithDbAsync(async db =>
        {
            await db.Strikes.Where(s => s.Id == deleted.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, DateTime.UtcNow));
        });
        var client = app.CreateClient();

        (await client.GetAsync($"/api/v1/strikes/{draft.Id}")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/strikes/{deleted.Id}")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/strikes/999999")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    /// <summary>Every third statement and report a draft, every fourth deleted, one strike a draft and one deleted, a draft place and draft evidence beside published ones.</summary>
    private static async Task MixDraftsAndDeletionsAsync(TrackerApp app)
    {
        // Six more strikes, each with three statements by different officials, each statement in its own report and one
        // more the strike shares, some naming weapon types: enough for every rule below to hide something somewhere.
        for (var day = 1; day <= 6; day++)
        {
            var strike = Evidence.Strike(new DateOnly(2025, 3, day), Web.Geography.Oblast.Kharkiv, "Kharkiv", killed: day);
            var shared = Evidence.Report($"Shared report {day}", url: $"https://example.org/shared/{day}");
            var entities = new List<object> { strike };
            for (var n = 1; n <= 3; n++)
            {
                var statement = Evidence.Says(Evidence.Official($"Official {day}-{n}"), strike, Evidence.Report($"Report {day}-{n}", url: $"https://example.org/{day}/{n}"), killed: day + n);
                statement.Reports.Add(new Web.Statements.StatementReport { Report = shared });
                if (n != 2)
                {
                    statement.Strikes[0].WeaponTypes.Add(new Web.Statements.StatementStrikeWeapon { WeaponId = n });
                }

                entities.Add(statement);
            }

            strike.Reports.Add(new StrikeReport { Report = shared });
            await app.AddRangeAsync([.. entities]);
        }

        var strikes = await app.WithDbAsync(db => db.Strikes.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());
        var first = strikes[0];
        var published = new Place { GazetteerKey = "t-published", Name = "Published place", Oblast = Web.Geography.Oblast.Kharkiv, Latitude = 49.9, Longitude = 36.2, Status = PublicationStatus.Published };
        var draft = new Place { GazetteerKey = "t-draft", Name = "Draft place", Oblast = Web.Geography.Oblast.Kharkiv, Latitude = 49.8, Longitude = 36.1, Status = PublicationStatus.Draft };
        await app.AddRangeAsync(published, draft);
        await app.AddRangeAsync(
            new StrikePlace { StrikeId = first, PlaceId = published.Id, Position = 0 },
            new StrikePlace { StrikeId = first, PlaceId = draft.Id, Position = 1 },
            new EvidenceRecord { StrikeId = strikes[1], Component = "Guidance section", Finding = "Published finding", Status = PublicationStatus.Published },
            new EvidenceRecord { StrikeId = strikes[2], Component = "Fin", Finding = "Draft finding", Status = PublicationStatus.Draft });

        await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var statements = await db.Statements.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
            var reports = await db.Reports.IgnoreQueryFilters().OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
            var draftStatements = statements.Where((_, i) => i % 3 == 1).ToList();
            var deletedStatements = statements.Where((_, i) => i % 4 == 2).ToList();
            var draftReports = reports.Where((_, i) => i % 3 == 0).ToList();
            var deletedReports = reports.Where((_, i) => i % 4 == 3).ToList();
            await db.Statements.IgnoreQueryFilters().Where(s => draftStatements.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PublicationStatus.Draft));
            await db.Statements.IgnoreQueryFilters().Where(s => deletedStatements.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, now));
            await db.Reports.IgnoreQueryFilters().Where(r => draftReports.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PublicationStatus.Draft));
            await db.Reports.IgnoreQueryFilters().Where(r => deletedReports.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, now));
            var (last, beforeLast) = (strikes[^1], strikes[^2]);
            await db.Strikes.Where(s => s.Id == last).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PublicationStatus.Draft));
            await db.Strikes.Where(s => s.Id == beforeLast).ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, now));
        });
    }

    /// <summary>Both reads of every strike (drafts and deleted ones too), serialised as the API does; returns how many were compared and how many the public sees.</summary>
    private static async Task<(int Compared, int Visible)> CompareEveryStrikeAsync(TrackerApp app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TrackerDbContext>();
        var aggregates = services.GetRequiredService<AggregateCache>();
        var prepared = services.GetRequiredService<PublicStrikeDetails>();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var ids = await db.Strikes.IgnoreQueryFilters().Select(s => s.Id).ToListAsync();
        var visible = 0;
        foreach (var id in ids)
        {
            var throughEf = await new StrikeQueries(db, aggregates).GetAsync(id, staff: false, CancellationToken.None);
            var throughSql = await new StrikeQueries(db, aggregates, prepared).GetAsync(id, staff: false, CancellationToken.None);
            JsonSerializer.Serialize(throughSql, json).Should().Be(JsonSerializer.Serialize(throughEf, json), $"strike {id} reads the same both ways");
            visible += throughSql is null ? 0 : 1;
        }

        return (ids.Count, visible);
    }
}
