using System.Globalization;
using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Commands.Generation;
using MissileTracker.Web.Pages;
using MissileTracker.Web.Stats;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Commands;

/// <summary>The synthetic-data generator, and the reads that must stay right past their batch and display limits.</summary>
public sealed class GenerateCommandTests
{
    private static async Task<TrackerApp> GeneratedAsync(int strikes, int seed = 42)
    {
        var app = new TrackerApp(knownEvidence: false);
        app.CreateClient();
        var output = new StringWriter();
        (await GenerateCommand.RunAsync(app.Services, ["generate", "--strikes", strikes.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture)], output))
            .Should().Be(0, output.ToString());
        return app;
    }

    [Fact]
    public async Task Generates_the_requested_strikes_with_reports_statements_and_officials_the_same_way_for_a_seed()
    {
        using var first = await GeneratedAsync(300, seed: 7);
        using var second = await GeneratedAsync(300, seed: 7);

        var counts = await first.WithDbAsync(async db => new
        {
            Strikes = await db.Strikes.CountAsync(),
            Reports = await db.Reports.CountAsync(),
            Statements = await db.Statements.CountAsync(),
            Officials = await db.Officials.CountAsync(),
            WithoutReport = await db.Strikes.CountAsync(s => !s.Reports.Any()),
            WithoutStatement = await db.Strikes.CountAsync(s => !s.Statements.Any()),
            ByOfficials = await db.Statements.CountAsync(s => s.OfficialId != null),
        });
        counts.Strikes.Should().Be(300);
        counts.Officials.Should().Be(SyntheticData.OfficialCount);
        counts.Reports.Should().BeInRange(2 * 300, 4 * 300, "about 3 reports per strike");
        counts.Statements.Should().BeInRange(300 * 3 / 2, 300 * 5 / 2, "about 2 statements per strike");
        counts.WithoutReport.Should().Be(0);
        counts.WithoutStatement.Should().Be(0);
        counts.ByOfficials.Should().BeGreaterThan(counts.Statements / 2, "most statements are by a named official");

        static Task<List<string>> Fingerprint(TrackerApp app) =>
            app.WithDbAsync(db => db.Strikes.OrderBy(s => s.Id).Select(s => s.OccurredOn + " " + s.Oblast + " " + s.Summary).ToListAsync());
        (await Fingerprint(first)).Should().Equal(await Fingerprint(second));
    }

    [Theory]
    [InlineData("--strikes", "lots")]
    [InlineData("--strikes", "1e6")]
    [InlineData("--strikes", "0")]
    [InlineData("--strikes")]
    [InlineData("--seed", "seven")]
    public async Task A_count_or_seed_that_is_not_a_whole_number_is_refused_and_nothing_is_generated(params string[] options)
    {
        using var app = new TrackerApp(knownEvidence: false);
        var output = new StringWriter();

        var code = await GenerateCommand.RunAsync(app.Services, ["generate", .. options], output);

        code.Should().Be(2);
        output.ToString().Should().StartWith($"{options[0]} must be a whole number").And.Contain("Usage: generate");
        (await app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task The_csv_export_holds_every_strike_once_in_order_with_its_officials_and_sources_at_thousands_of_strikes()
    {
        // Past the 2,000 strikes the export once read per batch, and past the writer's flushes.
        const int total = 2_500;
        using var app = await GeneratedAsync(total);
        var client = app.CreateClient();

        var response = await client.GetAsync("/api/v1/strikes.csv");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var csv = CsvReader.FromText(await response.Content.ReadAsStringAsync(), new CsvReaderOptions());
        var header = csv.Headers.ToList();
        string Field(string name) => csv.GetString(header.IndexOf(name));
        var rows = new List<(int Id, DateOnly Date, string Officials, string Urls)>();
        while (csv.Read())
        {
            rows.Add((int.Parse(Field("id"), CultureInfo.InvariantCulture), DateOnly.ParseExact(Field("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Field("officialsQuoted"), Field("sourceUrls")));
        }

        rows.Should().HaveCount(total);
        rows.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        rows.Select(r => (r.Date, r.Id)).Should().BeInDescendingOrder(Comparer<(DateOnly Date, int Id)>.Default);

        // A strike deep in the export carries the same sources as its evidence page.
        var sample = rows[2_123];
        var detail = await client.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{sample.Id}");
        sample.Urls.Split(' ').Should().BeEquivalentTo(detail.Reports.Select(r => r.Url!));
        var officials = detail.Statements.Where(s => s.Official is not null).Select(s => s.Official!.Name).Distinct().Order(StringComparer.Ordinal);
        sample.Officials.Should().Be(string.Join("; ", officials));
    }

    [Fact]
    public async Task The_timeline_axis_counts_every_strike_even_beyond_the_number_it_can_mark()
    {
        var total = IndexModel.MaxAxisStrikes + 100;
        using var app = await GeneratedAsync(total);
        var client = app.CreateClient();

        var (response, page) = await client.GetPageAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelectorAll(".axis-count").Sum(c => int.Parse(c.TextContent, CultureInfo.InvariantCulture)).Should().Be(total);
        page.QuerySelectorAll(".strike-mark").Should().BeEmpty();
        page.QuerySelector("#axis-help")!.TextContent.Should().Contain("Too many strikes to mark one by one");
        (await client.GetJsonAsync<StrikeStats>("/api/v1/stats")).Total.Strikes.Should().Be(total);
    }
}
