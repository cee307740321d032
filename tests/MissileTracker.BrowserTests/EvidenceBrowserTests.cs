using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;

namespace MissileTracker.BrowserTests;

/// <summary>The strike evidence view in a real browser (its own app: it adds a statement).</summary>
public sealed class EvidenceBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task The_evidence_table_highlights_figures_the_sources_disagree_on()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var report = new Report { Title = "Kharkiv governor on the 6 January strike", Outlet = "Example Wire", Url = new Uri("https://example.org/kharkiv-6-jan"), PublishedOn = new DateOnly(2024, 1, 6), Status = PublicationStatus.Published };
            var statement = new Statement { Organisation = "Kharkiv Regional Military Administration", Quote = "Two missiles hit the city.", StatedOn = new DateOnly(2024, 1, 6), Status = PublicationStatus.Published };
            statement.Strikes.Add(new StatementStrike { StrikeId = KnownEvidence.KharkivStrikeId, MissileCount = 2 });
            statement.Reports.Add(new StatementReport { Report = report });
            db.Add(statement);
            await db.SaveChangesAsync();
        }

        var analyst = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(analyst);
        await analyst.GotoAsync($"/strikes/{KnownEvidence.KharkivStrikeId}");

        var differing = analyst.Locator("table.evidence-table tbody td.figure-differs");
        (await differing.AllInnerTextsAsync()).Should().BeEquivalentTo("at least 1", "2");
        (await analyst.Locator("table.evidence-table th.figure-differs").InnerTextAsync()).Should().Contain("Missiles");
        var background = await differing.First.EvaluateAsync<string>("cell => getComputedStyle(cell).backgroundColor");
        background.Should().Be("rgb(255, 243, 205)");
        (await analyst.Locator("table.evidence-table td:not(.figure-differs)").CountAsync()).Should().BeGreaterThan(0);
        errors.All.Should().BeEmpty();
        await analyst.SnapAsync("strike-differing-figures");
    }
}
