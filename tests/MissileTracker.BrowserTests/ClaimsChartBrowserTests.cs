using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Web.Data;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Statements;

namespace MissileTracker.BrowserTests;

/// <summary>Issue 20: the claims chart on /stats: each claim's figure at the date it was said, one series per speaker, drawn from the table as text.</summary>
public sealed class ClaimsChartBrowserTests(ClaimsChartBrowserTests.App app) : IClassFixture<ClaimsChartBrowserTests.App>
{
    // Two speakers who disagree; figures made up for the test, not a record of what anyone said.
    private const string Prosecutor = "Test Prosecutor <b>General</b>";
    private const string Ministry = "Test Ministry";

    [Fact]
    public async Task The_stats_page_charts_each_claims_figure_over_time_by_speaker()
    {
        var analyst = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(analyst);
        await analyst.GotoAsync("/stats");

        var table = analyst.Locator("table.claims-table", new() { Has = analyst.Locator("caption", new() { HasText = "Claimed missiles" }) });
        (await table.Locator("tbody tr").CountAsync()).Should().Be(3);
        (await table.Locator("tbody").InnerTextAsync()).Should().Contain("at least 24 missiles").And.Contain("1,200 missiles", "figures carry thousands separators");

        var canvasId = await table.GetAttributeAsync("id");
        var canvas = analyst.Locator($"canvas[data-claims-for='{canvasId}']");
        await canvas.WaitForAsync();
        (await canvas.GetAttributeAsync("data-points")).Should().Be("3");
        (await canvas.GetAttributeAsync("data-series")).Should().Be("2", "one series per speaker");
        var labels = await analyst.EvaluateAsync<string[]>($"() => Chart.getChart(document.querySelector(\"canvas[data-claims-for='{canvasId}']\")).data.datasets.map(d => d.label)");
        labels.Should().BeEquivalentTo([Prosecutor, Ministry], "speaker names are read as text, markup and all");
        var xTitle = await analyst.EvaluateAsync<string>($"() => Chart.getChart(document.querySelector(\"canvas[data-claims-for='{canvasId}']\")).options.scales.x.title.text");
        xTitle.Should().Be("Said on");
        (await analyst.Locator("#claims-chart b").CountAsync()).Should().Be(0, "no markup from a name reaches the page");
        errors.All.Should().BeEmpty();
    }

    // Every word the chart draws comes from the page: on /uk/stats the caption, axis titles and figures are Ukrainian.
    [Fact]
    public async Task On_the_Ukrainian_page_the_claims_chart_speaks_Ukrainian()
    {
        var analyst = await app.NewVisitorAsync();
        var errors = BrowserErrors.Watch(analyst);
        await analyst.GotoAsync("/uk/stats");

        var table = analyst.Locator("table.claims-table", new() { Has = analyst.Locator("caption", new() { HasText = "Заявлені цифри (ракети)" }) });
        (await table.Locator("tbody").InnerTextAsync()).Should().Contain("щонайменше 24 ракети");
        var canvasId = await table.GetAttributeAsync("id");
        var canvas = analyst.Locator($"canvas[data-claims-for='{canvasId}']");
        await canvas.WaitForAsync();
        var titles = await analyst.EvaluateAsync<string[]>($"() => {{ const s = Chart.getChart(document.querySelector(\"canvas[data-claims-for='{canvasId}']\")).options.scales; return [s.x.title.text, s.y.title.text]; }}");
        titles.Should().Equal("Дата заяви", "Заявлено: ракети");
        (await analyst.Locator("#claims-chart-heading").InnerTextAsync()).Should().Be("Що заявляли посадовці з часом");
        errors.All.Should().BeEmpty();
    }

    /// <summary>The known evidence plus three dated missile claims by two speakers.</summary>
    public sealed class App : LiveApp
    {
        protected override async Task AddEvidenceAsync(IServiceProvider services)
        {
            await base.AddEvidenceAsync(services);
            var db = services.GetRequiredService<TrackerDbContext>();
            var report = await db.Reports.FirstAsync();
            var prosecutor = new Official { Name = Prosecutor, Role = "Prosecutor", Organisation = "Test Office", Country = "Ukraine" };
            db.AddRange(
                Claim(prosecutor, null, report, new DateOnly(2024, 2, 16), new Figure(24, FigureQualifier.AtLeast)),
                Claim(prosecutor, null, report, new DateOnly(2024, 5, 1), new Figure(50, FigureQualifier.AtLeast)),
                Claim(null, Ministry, report, new DateOnly(2024, 4, 1), new Figure(1_200)));
            await db.SaveChangesAsync();
        }

        private static Statement Claim(Official? official, string? organisation, Web.Reports.Report report, DateOnly on, Figure figure)
        {
            var claim = new Statement
            {
                Official = official, Organisation = organisation ?? official!.Organisation, StatedOn = on, Quote = "A test claim.", QuoteKind = QuoteKind.Paraphrase,
                IsAggregate = true, Status = PublicationStatus.Published, PublishedAt = DateTime.UtcNow,
            };
            claim.Reports.Add(new StatementReport { Report = report });
            claim.Figures.Add(new ClaimFigure { Kind = ClaimFigureKind.Missiles, Figure = figure });
            return claim;
        }
    }
}
