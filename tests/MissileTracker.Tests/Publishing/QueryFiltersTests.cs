using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Publishing;
using Xunit;

namespace MissileTracker.Tests.Publishing;

/// <summary>The two named filters: the public sees published, undeleted records; staff see drafts but never deleted ones.</summary>
public sealed class QueryFiltersTests
{
    [Fact]
    public async Task The_public_sees_published_records_staff_also_drafts_and_nobody_but_the_trash_sees_deleted_ones()
    {
        using var app = new TrackerApp(knownEvidence: false);
        var day = new DateOnly(2024, 1, 2);
        await app.WithDbAsync(async db =>
        {
            db.Strikes.Add(Evidence.Strike(day, summary: "published"));
            db.Strikes.Add(Evidence.Strike(day, summary: "draft", publication: PublicationStatus.Draft));
            var deleted = Evidence.Strike(day, summary: "deleted draft", publication: PublicationStatus.Draft);
            deleted.DeletedAt = DateTime.UtcNow;
            db.Strikes.Add(deleted);
            await db.SaveChangesAsync();
        });

        var (publicView, staffView, all) = await app.WithDbAsync(async db => (
            await db.Strikes.Select(s => s.Summary).ToListAsync(),
            await db.Strikes.StaffView().Select(s => s.Summary).ToListAsync(),
            await db.Strikes.IgnoreQueryFilters().Select(s => s.Summary).ToListAsync()));

        publicView.Should().BeEquivalentTo(["published"]);
        staffView.Should().BeEquivalentTo(["published", "draft"]);
        all.Should().BeEquivalentTo(["published", "draft", "deleted draft"]);
    }

    [Fact]
    public async Task A_staff_view_of_a_strike_leaves_out_a_deleted_statement_and_keeps_a_draft_one()
    {
        using var app = new TrackerApp(knownEvidence: false);
        var id = await app.WithDbAsync(async db =>
        {
            var strike = Evidence.Strike(new DateOnly(2024, 1, 2));
            var official = Evidence.Official();
            var draft = Evidence.Says(official, strike, Evidence.Report(), quote: "draft statement");
            draft.Status = PublicationStatus.Draft;
            var deleted = Evidence.Says(official, strike, Evidence.Report(title: "Other"), quote: "deleted statement");
            deleted.DeletedAt = DateTime.UtcNow;
            db.AddRange(draft, deleted);
            await db.SaveChangesAsync();
            return strike.Id;
        });

        var quotes = await app.WithDbAsync(async db =>
            (await db.Strikes.StaffView().Where(s => s.Id == id).SelectMany(s => s.Statements).Select(x => x.Statement.Quote).ToListAsync()));

        quotes.Should().BeEquivalentTo(["draft statement"]);
    }
}
