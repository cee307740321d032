using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Statements;

namespace MissileTracker.Tests.Pages;

/// <summary>The analysts' pages as served HTML (what a reader without JavaScript gets).</summary>
public sealed class FrontEndPagesTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public FrontEndPagesTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Map_lists_placed_strikes_with_their_map_data_and_the_unplaced_ones_apart()
    {
        var (response, page) = await _client.GetPageAsync("/map");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var kharkiv = page.QuerySelectorAll("li.map-strike").Should().ContainSingle().Subject;
        kharkiv.GetAttribute("data-lat").Should().Be("49.9935");
        kharkiv.GetAttribute("data-lon").Should().Be("36.2304");
        kharkiv.GetAttribute("data-approximate").Should().Be("false");
        kharkiv.QuerySelector("a")!.GetAttribute("href").Should().Be(KnownEvidence.KharkivStrikePath);
        page.QuerySelector("#unplaced-heading")!.TextContent.Should().Be("2 strikes without a known place");
        page.QuerySelectorAll(".unplaced-strikes li").Should().HaveCount(2);
        page.QuerySelector("#strike-map")!.GetAttribute("data-boundaries").Should().Be("/lib/ukraine-oblasts/ukraine-oblasts.json");
        page.QuerySelector("#strike-map")!.GetAttribute("data-tile-url").Should().BeNullOrEmpty();
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Should().Contain(src => src!.StartsWith("/lib/leaflet/leaflet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Map_puts_an_oblast_level_strike_at_its_oblast_as_approximate_and_leaves_drafts_out()
    {
        await _app.AddRangeAsync(
            Evidence.Strike(new DateOnly(2024, 2, 15), Oblast.Zaporizhzhia),
            Evidence.Strike(new DateOnly(2024, 2, 16), Oblast.Kyiv, publication: PublicationStatus.Draft));

        var (_, page) = await _client.GetPageAsync("/map?from=2024-02-01");

        var strike = page.QuerySelectorAll("li.map-strike").Should().ContainSingle().Subject;
        strike.GetAttribute("data-oblast-iso").Should().Be("UA-23");
        // Zaporizhzhia Oblast's centre (Geography/OblastCentres), the same point the GeoJSON export gives.
        double.Parse(strike.GetAttribute("data-lat")!, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(46.5, 48.2);
        double.Parse(strike.GetAttribute("data-lon")!, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(34.5, 37.0);
        strike.GetAttribute("data-approximate").Should().Be("true");
        strike.TextContent.Should().Contain("approximate: drawn at the oblast's centre");
    }

    [Fact]
    public async Task Map_refuses_bad_filters_by_name()
    {
        var (response, page) = await _client.GetPageAsync("/map?oblast=Atlantis");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector("#oblast-error")!.TextContent.Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_map_library_and_boundary_data_are_served_by_the_app()
    {
        var boundaries = await _client.GetAsync("/lib/ukraine-oblasts/ukraine-oblasts.json");
        boundaries.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await boundaries.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        ids.Should().BeEquivalentTo(Oblasts.All.Select(o => o.IsoCode), "every oblast in the model has an outline");

        foreach (var path in new[] { "/lib/leaflet/leaflet.js", "/lib/leaflet/leaflet.css", "/lib/chart.js/chart.umd.min.js", "/js/map.js", "/js/charts.js", "/js/timeline.js" })
        {
            (await _client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task A_configured_tile_layer_is_passed_to_the_map_and_allowed_by_the_csp_only_then()
    {
        (await _client.GetAsync("/map")).Headers.GetValues("Content-Security-Policy").Single().Should().Contain("img-src 'self' data:;");

        using var withTiles = new TrackerApp(settings: new Dictionary<string, string?>
        {
            ["Map:TileUrl"] = "https://{s}.tile.example.org/{z}/{x}/{y}.png",
            ["Map:TileAttribution"] = "© Example tiles",
        });
        var client = withTiles.CreateClient();
        var (response, page) = await client.GetPageAsync("/map");

        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("img-src 'self' data: https://*.tile.example.org;");
        page.QuerySelector("#strike-map")!.GetAttribute("data-tile-url").Should().Be("https://{s}.tile.example.org/{z}/{x}/{y}.png");
        page.QuerySelector("#strike-map")!.GetAttribute("data-tile-attribution").Should().Be("© Example tiles");
    }

    [Fact]
    public async Task Stats_shows_each_chart_as_a_table_for_the_filters()
    {
        var (response, page) = await _client.GetPageAsync("/stats");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Rows(page, "by-month").Should().Equal("December 2023 1 not known", "January 2024 2 not known");
        Rows(page, "casualties-by-month").Should().HaveCount(2);
        Rows(page, "by-oblast").Should().Equal("Not reported 2 not known", "Kharkiv Oblast 1 not known");
        Rows(page, "by-raion").Should().Equal("No raion known 3 not known");
        Rows(page, "by-type").Should().ContainSingle();
        page.QuerySelectorAll("canvas[data-chart-for]").Select(c => c.GetAttribute("data-chart-for"))
            .Should().BeEquivalentTo("by-month", "casualties-by-month", "by-oblast", "by-raion", "by-type");
        page.QuerySelectorAll(".chart-box").Should().OnlyContain(box => box.HasAttribute("hidden"), "charts appear only when the script draws them");

        var (_, filtered) = await _client.GetPageAsync("/stats?oblast=Kharkiv");
        Rows(filtered, "by-month").Should().Equal("January 2024 1 not known");
    }

    [Fact]
    public async Task Stats_by_month_includes_the_empty_months_between_strikes()
    {
        await _app.AddRangeAsync(Evidence.Strike(new DateOnly(2024, 3, 10), Oblast.Kyiv, killed: 2, injured: 5));

        var (_, page) = await _client.GetPageAsync("/stats");

        Rows(page, "by-month").Should().Equal("December 2023 1 not known", "January 2024 2 not known", "February 2024 0 not known", "March 2024 1 not known");
        Rows(page, "casualties-by-month").Last().Should().Be("March 2024 2 5");
    }

    [Fact]
    public async Task Stats_refuses_bad_filters()
    {
        var (response, _) = await _client.GetPageAsync("/stats?from=2024-13-01");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Every_page_has_a_labelled_search_box_with_the_api_parameter_name()
    {
        foreach (var url in new[] { "/", "/map", "/stats", "/officials", "/reports", "/claims", "/methodology", KnownEvidence.KharkivStrikePath })
        {
            var (_, page) = await _client.GetPageAsync(url);
            var form = (IHtmlFormElement)page.QuerySelector("form[role=search]")!;
            form.Method.Should().BeEquivalentTo("get");
            form.Action.Should().EndWith("/");
            var input = form.QuerySelector("input[name=q]")!;
            page.QuerySelector($"label[for='{input.Id}']")!.TextContent.Should().Be("Search strikes");
        }
    }

    [Fact]
    public async Task Searching_filters_the_timeline_and_the_filter_form_keeps_the_search()
    {
        var (_, page) = await _client.GetPageAsync("/?q=Kharkiv");

        page.QuerySelectorAll("li.strike-item").Should().ContainSingle().Which.TextContent.Should().Contain("6 Jan 2024");
        ((IHtmlInputElement)page.QuerySelector("#site-search-q")!).Value.Should().Be("Kharkiv");
        page.QuerySelector("form[aria-label='Filter strikes'] input[type=hidden][name=q]")!.GetAttribute("value").Should().Be("Kharkiv");
    }

    [Fact]
    public async Task The_time_axis_counts_strikes_per_month_and_zooms_by_narrowing_the_dates()
    {
        var (_, page) = await _client.GetPageAsync("/?status=ReportedByOfficials");

        page.QuerySelector("#axis-heading")!.TextContent.Should().Be("Strikes per month");
        var labels = page.QuerySelectorAll(".time-axis a.axis-label").ToList();
        // The accessible name is the visible count and month plus hidden words (no aria-label that would hide the visible text).
        labels.Select(a => a.GetAttribute("aria-label")).Should().AllSatisfy(label => label.Should().BeNull());
        labels.Select(a => a.QuerySelector(".visually-hidden")!.TextContent)
            .Should().Equal("1 strike in Dec 2023, zoom in", "2 strikes in Jan 2024, zoom in");
        labels[1].GetAttribute("href").Should().Be("/?status=ReportedByOfficials&from=2024-01-01&to=2024-01-31");
        page.QuerySelectorAll(".time-axis .strike-mark").Should().HaveCount(3);

        var (_, month) = await _client.GetPageAsync("/?from=2024-01-01&to=2024-01-31");
        month.QuerySelector("#axis-heading")!.TextContent.Should().Be("Strikes per week");
        month.QuerySelectorAll(".time-axis .axis-bucket").Should().HaveCount(5);
        month.QuerySelectorAll(".axis-zoom-out").Select(a => a.TextContent).Should().Contain("January 2024").And.Contain("All dates");

        var (_, week) = await _client.GetPageAsync("/?from=2024-01-01&to=2024-01-07");
        week.QuerySelector("#axis-heading")!.TextContent.Should().Be("Strikes per day");
        week.QuerySelectorAll(".time-axis .axis-bucket").Should().HaveCount(7);
        week.QuerySelectorAll(".time-axis a.axis-label").Should().BeEmpty("a day is the finest zoom");
    }

    [Fact]
    public async Task Strike_page_highlights_only_the_figures_the_sources_disagree_on()
    {
        var strike = Evidence.Strike(new DateOnly(2024, 2, 7), Oblast.Kharkiv, "Kharkiv");
        var police = Evidence.Says(Evidence.Official("Serhii Bolvinov"), strike, Evidence.Report("Police report", "Kyiv Independent"), killed: 0, injured: 3);
        var other = Evidence.Says(Evidence.Official("Another Official"), strike, Evidence.Report("Other report", "Other Outlet"), killed: 0, injured: 5);
        await _app.AddRangeAsync(police, other);

        var (_, page) = await _client.GetPageAsync($"/strikes/{strike.Id}");

        page.QuerySelectorAll("table.evidence-table td.figure-differs").Select(td => td.TextContent).Should().Equal("3", "5");
        page.QuerySelectorAll("table.evidence-table th.figure-differs").Should().ContainSingle().Which.TextContent.Should().Contain("Injured").And.Contain("(sources differ)");
        page.QuerySelector(".differs-legend")!.TextContent.Should().Contain("injured");

        var (_, known) = await _client.GetPageAsync($"/strikes/{KnownEvidence.KharkivStrikeId}");
        known.QuerySelectorAll(".figure-differs").Should().BeEmpty("a single source cannot disagree with itself");
    }

    [Fact]
    public async Task Strike_page_lists_the_aggregate_claims_whose_period_covers_its_date()
    {
        var official = Evidence.Official("Claim Maker");
        await _app.AddRangeAsync(
            Claim(official, "Covering January", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31)),
            Claim(official, "Open start up to February", null, new DateOnly(2024, 2, 1)),
            Claim(official, "Starting in February", new DateOnly(2024, 2, 1), null),
            Claim(official, "Period only in words", null, null));

        var (_, page) = await _client.GetPageAsync(KnownEvidence.KharkivStrikePath);

        var section = page.QuerySelector("section[aria-labelledby=claims-heading]")!;
        section.QuerySelector("h2")!.TextContent.Should().Be("Aggregate claims covering 6 Jan 2024");
        var text = section.TextContent;
        text.Should().Contain("Covering January").And.Contain("Open start up to February");
        text.Should().NotContain("Starting in February").And.NotContain("Period only in words").And.NotContain("at least 10 cases", "the known claims give their period only in words");
    }

    [Fact]
    public async Task Strike_page_without_covering_claims_says_so()
    {
        var (_, page) = await _client.GetPageAsync(KnownEvidence.KharkivStrikePath);

        page.QuerySelector("section[aria-labelledby=claims-heading]")!.TextContent.Should().Contain("No aggregate claim with a period that includes this date");
    }

    [Fact]
    public async Task Official_page_shows_their_statements_as_a_timeline_by_month()
    {
        var official = Evidence.Official("Timeline Official");
        var strike = Evidence.Strike(new DateOnly(2024, 2, 7), Oblast.Kharkiv);
        var later = Evidence.Says(official, strike, Evidence.Report("Later"), on: new DateOnly(2024, 3, 2), quote: "Second words");
        var earlier = Evidence.Says(official, strike, Evidence.Report("Earlier"), on: new DateOnly(2024, 2, 8), quote: "First words");
        await _app.AddRangeAsync(later, earlier);

        var (_, page) = await _client.GetPageAsync($"/officials/{official.Id}");

        page.QuerySelectorAll(".statement-timeline h3").Select(h => h.TextContent.Trim()).Should().Equal("February 2024 1", "March 2024 1");
        var text = page.QuerySelector(".statement-timeline")!.TextContent;
        text.IndexOf("First words", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Second words", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outlet_page_lists_its_reports_and_the_statements_they_carried()
    {
        var strike = Evidence.Strike(new DateOnly(2024, 2, 7), Oblast.Kharkiv);
        await _app.AddRangeAsync(Evidence.Says(Evidence.Official("Outlet Source"), strike, Evidence.Report("Police report", "Kyiv Independent", "https://kyivindependent.com/x", new DateOnly(2024, 2, 7)), on: new DateOnly(2024, 2, 7), quote: "Outlet words"));

        var (response, page) = await _client.GetPageAsync("/outlets/Kyiv%20Independent");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("Kyiv Independent");
        page.QuerySelector(".outlet-reports")!.TextContent.Should().Contain("Police report");
        page.QuerySelector(".statement-timeline")!.TextContent.Should().Contain("Outlet words").And.Contain("February 2024");

        var (_, strikePage) = await _client.GetPageAsync($"/strikes/{strike.Id}");
        strikePage.QuerySelector("a.outlet-link")!.GetAttribute("href").Should().Be("/outlets/Kyiv%20Independent");
        (await _client.GetAsync("/outlets/No%20Such%20Outlet")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static List<string> Rows(AngleSharp.Dom.IDocument page, string table) =>
        page.QuerySelectorAll($"#{table} tbody tr").Select(tr => string.Join(" ", tr.Children.Select(c => c.TextContent.Trim()))).ToList();

    private static Statement Claim(Web.Officials.Official official, string quote, DateOnly? start, DateOnly? end)
    {
        var claim = new Statement
        {
            Official = official, Organisation = official.Organisation, Quote = quote, IsAggregate = true,
            PeriodStart = start, PeriodEnd = end, PeriodNote = start is null && end is null ? "some time" : null, Status = PublicationStatus.Published,
        };
        claim.Figures.Add(new ClaimFigure { Kind = ClaimFigureKind.Cases, Figure = Figure.Exactly(5) });
        return claim;
    }
}
