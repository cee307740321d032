using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Stats;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;
using EvidenceBuilder = MissileTracker.Tests.Infrastructure.Evidence;

namespace MissileTracker.Tests.Strikes;

/// <summary>Issue 13, items 1–3: qualified figures, weapon labels with their catalogue sets, and the attribution timeline, through every output.</summary>
public sealed class EvidenceFiguresTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);
    private readonly HttpClient _client;

    public EvidenceFiguresTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    /// <summary>A published strike on 5 Aug 2024 in Kharkiv with "at least 6" missiles and "at least 6" killed.</summary>
    private async Task<Strike> AtLeastSixAsync()
    {
        var strike = EvidenceBuilder.Strike(new DateOnly(2024, 8, 5), Oblast.Kharkiv, "Kharkiv", killed: 2);
        strike.MissilesLaunchedFigure = new Figure(6, FigureQualifier.AtLeast, Words: "at least six");
        strike.KilledFigure = new Figure(6, FigureQualifier.AtLeast);
        strike.InjuredFigure = new Figure(10, FigureQualifier.Range, 12);
        return await _app.AddAsync(strike);
    }

    private async Task<int> WeaponIdAsync(string code) => await _app.WithDbAsync(db => db.Weapons.Where(w => w.Code == code).Select(w => w.Id).SingleAsync());

    /// <summary>A published statement about <paramref name="strike"/> with a weapon label and its catalogue set.</summary>
    private async Task<Statement> SaysAsync(Strike strike, string organisation, string? label, string[] codes, DateOnly? on = null, TimeOnly? at = null,
        OriginClaim origin = OriginClaim.NotStated, bool preliminary = false, Figure? missiles = null)
    {
        // The strike is stored already: linked by id, so it is not added again.
        var statement = new Statement
        {
            Official = EvidenceBuilder.Official(organisation + " spokesperson"), Organisation = organisation, Quote = "Quoted words", StatedOn = on,
            StatedAt = at, IsPreliminary = preliminary, Status = Web.Publishing.PublicationStatus.Published,
        };
        statement.Reports.Add(new StatementReport { Report = EvidenceBuilder.Report("Report by " + organisation) });
        var link = new StatementStrike { StrikeId = strike.Id, WeaponLabel = label };
        statement.Strikes.Add(link);
        link.OriginClaim = origin;
        link.MissileCountFigure = missiles ?? Figure.None;
        foreach (var code in codes)
        {
            link.WeaponTypes.Add(new StatementStrikeWeapon { WeaponId = await WeaponIdAsync(code) });
        }

        return await _app.AddAsync(statement);
    }

    [Fact]
    public async Task The_strike_json_carries_each_figure_as_one_figure_object()
    {
        var strike = await AtLeastSixAsync();

        using var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/strikes/{strike.Id}"));
        var launched = json.RootElement.GetProperty("missilesLaunched");
        launched.GetProperty("value").GetInt32().Should().Be(6);
        launched.GetProperty("qualifier").GetString().Should().Be("AtLeast");
        launched.GetProperty("words").GetString().Should().Be("at least six");
        launched.GetProperty("text").GetString().Should().Be("at least 6");
        json.RootElement.GetProperty("injured").GetProperty("high").GetInt32().Should().Be(12);
        json.RootElement.GetProperty("injured").GetProperty("text").GetString().Should().Be("10–12");
        json.RootElement.GetProperty("missilesIntercepted").ValueKind.Should().Be(JsonValueKind.Null, "a figure no source gave is left out");

        var list = await _client.GetJsonAsync<Web.Querying.PagedResponse<StrikeSummary>>("/api/v1/strikes");
        list.Items.Single().Killed.Should().Be(new Figure(6, FigureQualifier.AtLeast));
    }

    [Fact]
    public async Task Csv_appends_qualifier_high_and_words_columns_after_the_existing_ones()
    {
        var strike = await AtLeastSixAsync();

        var csv = await _client.GetStringAsync("/api/v1/strikes.csv");

        using var reader = CsvReader.FromText(csv, new CsvReaderOptions());
        var header = reader.Headers.ToList();
        header.Take(25).Last().Should().Be("updatedAt", "existing columns keep their names and order");
        header.Skip(25).Take(2).Should().Equal("endDate", "endTime");
        header.Skip(27).Should().Equal(
            "missilesLaunchedQualifier", "missilesLaunchedHigh", "missilesLaunchedWords",
            "missilesInterceptedQualifier", "missilesInterceptedHigh", "missilesInterceptedWords",
            "killedQualifier", "killedHigh", "killedWords",
            "injuredQualifier", "injuredHigh", "injuredWords");
        reader.Read().Should().BeTrue();
        string Cell(string name) => reader.GetString(header.IndexOf(name));
        (Cell("id"), Cell("missilesLaunched"), Cell("missilesLaunchedQualifier"), Cell("missilesLaunchedWords")).Should().Be((strike.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "6", "AtLeast", "at least six"));
        (Cell("injured"), Cell("injuredQualifier"), Cell("injuredHigh")).Should().Be(("10", "Range", "12"));
        Cell("missilesInterceptedQualifier").Should().Be("Exact");
    }

    [Fact]
    public async Task GeoJson_and_atom_say_at_least()
    {
        await AtLeastSixAsync();

        using var geo = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/strikes.geojson"));
        var properties = geo.RootElement.GetProperty("features")[0].GetProperty("properties");
        properties.GetProperty("killed").GetInt32().Should().Be(6);
        properties.GetProperty("killedQualifier").GetString().Should().Be("AtLeast");
        properties.GetProperty("missilesLaunchedWords").GetString().Should().Be("at least six");

        var atom = await _client.GetStringAsync("/api/v1/strikes.atom");
        atom.Should().Contain("Missiles: at least 6.").And.Contain("Killed: at least 6; injured: 10–12.");
    }

    [Fact]
    public async Task Statistics_give_low_and_high_totals_and_say_when_a_total_is_a_lower_bound()
    {
        await AtLeastSixAsync();
        await _app.AddAsync(EvidenceBuilder.Strike(new DateOnly(2024, 8, 7), Oblast.Kyiv, killed: 2, injured: 1));

        var stats = await _client.GetJsonAsync<StrikeStats>("/api/v1/stats");

        (stats.Total.KilledLow, stats.Total.KilledHigh).Should().Be((8, (int?)null), "6 at least + 2 is at least 8, with no upper bound");
        (stats.Total.InjuredLow, stats.Total.InjuredHigh).Should().Be((11, 13));
        var (_, page) = await _client.GetPageAsync("/stats");
        page.Body!.TextContent.Should().Contain("killed: at least 8").And.Contain("injured: 11–13");
        page.QuerySelector(".stats-lower-bound").Should().NotBeNull();
        page.QuerySelector("#casualties-by-month tbody td")!.TextContent.Should().Be("at least 8");
    }

    [Fact]
    public async Task Strike_page_timeline_and_map_show_at_least_6()
    {
        var strike = await AtLeastSixAsync();

        var (_, page) = await _client.GetPageAsync($"/strikes/{strike.Id}");
        page.Body!.TextContent.Should().Contain("at least 6 / not given").And.Contain("at least 6 / 10–12");
        var (_, timeline) = await _client.GetPageAsync("/");
        timeline.QuerySelector($"[data-strike-id='{strike.Id}']")!.TextContent.Should().Contain("Missiles: at least 6").And.Contain("Killed: at least 6");
        var (_, map) = await _client.GetPageAsync("/map");
        map.QuerySelector($"li[data-strike-id='{strike.Id}']")!.GetAttribute("data-label").Should().EndWith("missiles: at least 6");
    }

    [Fact]
    public async Task An_editor_enters_qualified_figures_through_the_api_and_a_range_without_its_high_end_is_refused()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        static object Body(int? killedHigh) => new
        {
            date = "2024-02-07", datePrecision = "Day", oblast = "Kharkiv", settlement = "Kharkiv", locationPrecision = "Settlement",
            originStatus = "ReportedByOfficials", missileType = "kn-23", summary = "Several missiles hit Kharkiv.",
            missilesLaunched = 6, missilesLaunchedQualifier = "AtLeast", killed = 3, killedQualifier = "Range", killedHigh,
            injuredWords = "dozens", injuredQualifier = "AtLeast",
        };

        var created = await editor.PostAsJsonAsync("/api/v1/strikes", Body(5));
        var refused = await editor.PostAsJsonAsync("/api/v1/strikes", Body(null));

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var detail = await created.ReadJsonAsync<StrikeDetail>();
        detail.MissilesLaunched.Should().Be(new Figure(6, FigureQualifier.AtLeast));
        detail.Killed.Should().Be(new Figure(3, FigureQualifier.Range, 5));
        detail.Injured!.Value.Words.Should().Be("dozens");
        detail.Injured.Value.Text.Should().Be("“dozens” (no number)");
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("\"killedHigh\"");
    }

    [Fact]
    public async Task Csv_import_reads_the_qualifier_high_and_words_columns()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        const string csv = "date,datePrecision,oblast,locationPrecision,originStatus,missileType,killed,killedQualifier,missilesLaunchedWords,summary\r\n"
            + "2024-02-07,Day,Kharkiv,Oblast,ReportedByOfficials,kn-23,6,AtLeast,several dozen,Imported strike with a qualified figure.\r\n";

        var response = await editor.PostAsync("/api/v1/import/strikes.csv", new StringContent(csv, Encoding.UTF8, "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var strike = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().SingleAsync());
        strike.KilledFigure.Should().Be(new Figure(6, FigureQualifier.AtLeast));
        strike.MissilesLaunchedFigure.Should().Be(new Figure(null, Words: "several dozen"));
    }

    [Fact]
    public async Task A_statement_keeps_the_label_verbatim_its_set_its_origin_claim_and_when_it_was_said()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var strike = await AtLeastSixAsync();
        var report = await _app.AddAsync(EvidenceBuilder.Report("Kharkiv attack"));

        var created = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "Kharkiv Regional Prosecutor's Office", quote = "At least six missiles, preliminarily KN-23 or KN-24.", quoteKind = "Paraphrase",
            statedOn = "2024-08-05", statedAt = "18:30", isPreliminary = true, reportIds = new[] { report.Id },
            strikes = new[]
            {
                new { strikeId = strike.Id, weaponLabel = "KN-23 or KN-24", missileTypes = new[] { "kn-23", "kn-24" }, originClaim = "NorthKorea", missileCount = 6, missileCountQualifier = "AtLeast" },
            },
        });
        var unknownType = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "Someone", quote = "Something was said.", reportIds = new[] { report.Id },
            strikes = new[] { new { strikeId = strike.Id, missileTypes = new[] { "no-such-type" } } },
        });

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var statement = await created.ReadJsonAsync<StatementDto>();
        statement.StatedAt.Should().Be(new TimeOnly(18, 30));
        statement.IsPreliminary.Should().BeTrue();
        var figures = statement.Strikes.Single().Figures;
        figures.WeaponLabel.Should().Be("KN-23 or KN-24");
        figures.MissileTypes.Select(t => t.Code).Should().Equal("kn-23", "kn-24");
        figures.OriginClaim.Should().Be(OriginClaim.NorthKorea);
        figures.MissileCount!.Value.Text.Should().Be("at least 6");
        unknownType.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_attribution_timeline_lists_statements_in_the_order_they_were_said()
    {
        var strike = await AtLeastSixAsync();
        await SaysAsync(strike, "Undated source", "drone", [WeaponCatalog.Drone]);
        await SaysAsync(strike, "Evening source", "KN-23", [WeaponCatalog.Kn23], new DateOnly(2024, 8, 5), new TimeOnly(18, 0), OriginClaim.NorthKorea, preliminary: true);
        await SaysAsync(strike, "Morning source", "S-300", [WeaponCatalog.S300], new DateOnly(2024, 8, 5), new TimeOnly(9, 15), OriginClaim.Russia);

        var detail = await _client.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}");
        var (_, page) = await _client.GetPageAsync($"/strikes/{strike.Id}");

        detail.Attribution.Select(a => (a.Organisation, a.WeaponLabel, a.OriginClaim, a.IsPreliminary)).Should().Equal(
            ("Morning source", "S-300", OriginClaim.Russia, false),
            ("Evening source", "KN-23", OriginClaim.NorthKorea, true),
            ("Undated source", "drone", OriginClaim.NotStated, false));
        var entries = page.QuerySelectorAll("ol.attribution-timeline > li").Select(li => li.TextContent).ToList();
        entries.Should().HaveCount(3);
        entries[0].Should().Contain("5 Aug 2024, 09:15").And.Contain("Morning source").And.Contain("“S-300” (S-300)").And.Contain("made in Russia");
        entries[1].Should().Contain("18:00").And.Contain("“KN-23” (KN-23)").And.Contain("made in North Korea").And.Contain("preliminary");
        entries[2].Should().Contain("date not given").And.Contain("“drone”");
    }

    [Fact]
    public async Task Real_disagreements_are_highlighted_as_sources_differ()
    {
        var strike = await AtLeastSixAsync();
        await SaysAsync(strike, "First source", "S-300", [WeaponCatalog.S300]);
        await SaysAsync(strike, "Second source", "KN-23", [WeaponCatalog.Kn23]);

        var detail = await _client.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}");
        var (_, page) = await _client.GetPageAsync($"/strikes/{strike.Id}");

        detail.SourcesDiffer.Should().BeTrue();
        page.QuerySelector("table.evidence-table thead th.figure-differs")!.TextContent.Should().Contain("Missile type");
        page.QuerySelector(".differs-legend")!.TextContent.Should().Contain("type");
    }

    [Fact]
    public async Task Compatible_labels_agree_and_the_page_shows_the_labels_the_type_rests_on()
    {
        var strike = await AtLeastSixAsync(); // consolidated type: KN-23 (weapon id 1)
        await SaysAsync(strike, "No type", null, []);
        await SaysAsync(strike, "KN-23 source", "KN-23", [WeaponCatalog.Kn23]);
        await SaysAsync(strike, "Either source", "KN-23 or KN-24", [WeaponCatalog.Kn23, WeaponCatalog.Kn24], missiles: new Figure(6, FigureQualifier.AtLeast));

        var detail = await _client.GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{strike.Id}");
        var (_, page) = await _client.GetPageAsync($"/strikes/{strike.Id}");

        detail.SourcesDiffer.Should().BeFalse();
        page.QuerySelectorAll("table.evidence-table thead th.figure-differs").Select(th => th.TextContent).Should().NotContain(t => t.Contains("Missile type"));
        page.QuerySelector("table.evidence-table")!.TextContent.Should().Contain("“KN-23 or KN-24” (KN-23, KN-24)").And.Contain("at least 6");
        page.QuerySelector(".type-rests-on")!.TextContent.Should().Contain("“KN-23” (KN-23)").And.Contain("“KN-23 or KN-24” (KN-23, KN-24)");
    }
}
