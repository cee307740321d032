using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;

namespace MissileTracker.Tests.Claims;

/// <summary>
/// Aggregate claims with several figures (issue 13, item 4), entered through the API and read back as JSON, as the two
/// CSVs and on /claims; and a statement that names no published report (item 6). Every JSON response is checked against
/// the OpenAPI contract by the test client.
/// </summary>
public sealed class ClaimFiguresApiTests : IDisposable
{
    /// <summary>Record A1 (sources/record.md): Kostin, 16 Feb 2024.</summary>
    private const string KostinQuote = "Russia has fired at least 24 North Korean ballistic missiles (KN-23/KN-24) at Ukraine since 30 December 2023, "
        + "in at least 12 attacks on 7 regions; at least 14 civilians were killed.";

    private static readonly string[] ClaimColumns =
    [
        "id", "statedOn", "speaker", "organisation", "periodStart", "periodEnd", "periodAsOf", "periodNote", "regions", "regionOblasts",
        "quote", "quoteKind", "noReportReason", "reportUrls", "reportOutlets", "isPreliminary",
    ];

    private static readonly string[] FigureColumns =
        ["claimId", "position", "kind", "unit", "value", "low", "high", "qualifier", "words", "weaponLabel", "note", "text"];

    private readonly TrackerApp _app = new();
    private HttpClient? _editor;

    public void Dispose() => _app.Dispose();

    private async Task<HttpClient> EditorAsync() => _editor ??= await _app.ClientWithRolesAsync("editor", Roles.Editor);

    private async Task<int> UnnReportAsync() =>
        (await _app.CreateClient().GetJsonAsync<Web.Querying.PagedResponse<ReportSummary>>("/api/v1/reports?outlet=UNN")).Items[0].Id;

    private static object Kostin(int reportId) => new
    {
        organisation = "Office of the Prosecutor General of Ukraine",
        statedOn = "2024-02-16",
        quote = KostinQuote,
        quoteKind = "Paraphrase",
        reportIds = new[] { reportId },
        isAggregate = true,
        periodStart = "2023-12-30",
        figures = new object[]
        {
            new { kind = "Missiles", value = 24, qualifier = "AtLeast", weaponLabel = "KN-23/KN-24" },
            new { kind = "Attacks", value = 12, qualifier = "AtLeast" },
            new { kind = "Regions", value = 7 },
            new { kind = "Killed", value = 14, qualifier = "AtLeast", words = "at least 14 civilians" },
            new { kind = "Injured", value = 70, qualifier = "MoreThan" },
        },
        regions = new object[]
        {
            new { nameAsSaid = "Kyiv", oblast = "KyivCity", count = 3 },
            new { nameAsSaid = "Kharkiv", oblast = "Kharkiv", count = 2 },
            new { nameAsSaid = "Dnipro" },
        },
    };

    private async Task<StatementDto> CreatePublishedAsync(object body)
    {
        var editor = await EditorAsync();
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var created = await editor.PostAsJsonAsync("/api/v1/statements", body);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var claim = await created.ReadJsonAsync<StatementDto>();
        (await reviewer.PostAsync($"/api/v1/statements/{claim.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        return claim;
    }

    private static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) Parse(string csv) => CsvText.Parse(csv);

    [Fact]
    public async Task A_claim_keeps_every_figure_with_its_qualifier_words_and_weapon_label_and_its_open_period_and_regions()
    {
        var created = await CreatePublishedAsync(Kostin(await UnnReportAsync()));

        var claim = await _app.CreateClient().GetJsonAsync<StatementDto>($"/api/v1/claims/{created.Id}");

        var aggregate = claim.Aggregate!;
        aggregate.Figures.Select(f => (f.Position, f.Kind, f.Figure.Value, f.Figure.Qualifier, f.Text)).Should().Equal(
            (0, ClaimFigureKind.Missiles, 24, FigureQualifier.AtLeast, "at least 24 missiles (KN-23/KN-24)"),
            (1, ClaimFigureKind.Attacks, 12, FigureQualifier.AtLeast, "at least 12 attacks"),
            (2, ClaimFigureKind.Regions, 7, FigureQualifier.Exact, "7 regions"),
            (3, ClaimFigureKind.Killed, 14, FigureQualifier.AtLeast, "at least 14 killed"),
            (4, ClaimFigureKind.Injured, 70, FigureQualifier.MoreThan, "more than 70 injured"));
        aggregate.Figures[0].WeaponLabel.Should().Be("KN-23/KN-24");
        aggregate.Figures[3].Figure.Words.Should().Be("at least 14 civilians");
        aggregate.Figures[4].Figure.Text.Should().Be("more than 70");
        aggregate.PeriodStart.Should().Be(new DateOnly(2023, 12, 30));
        aggregate.PeriodEnd.Should().BeNull();
        aggregate.PeriodText.Should().Be("since 30 Dec 2023");
        aggregate.Regions.Should().Equal(
            new ClaimRegionDto("Kyiv", Oblast.KyivCity, 3), new ClaimRegionDto("Kharkiv", Oblast.Kharkiv, 2), new ClaimRegionDto("Dnipro", null, null));
        claim.NoReportReason.Should().BeNull();
    }

    [Fact]
    public async Task Editing_a_claim_changes_its_figures_in_place_and_drops_the_ones_left_out()
    {
        var editor = await EditorAsync();
        var report = await UnnReportAsync();
        var created = await (await editor.PostAsJsonAsync("/api/v1/statements", Kostin(report))).ReadJsonAsync<StatementDto>();

        var updated = await editor.PutAsJsonAsync($"/api/v1/statements/{created.Id}", new
        {
            organisation = "Office of the Prosecutor General of Ukraine", quote = KostinQuote, reportIds = new[] { report }, isAggregate = true,
            periodStart = "2023-12-30", periodEnd = "2024-02-07", periodAsOf = "2024-02-16", version = created.Version, reason = "Attacks counted to 7 Feb.",
            figures = new object[] { new { kind = "Missiles", value = 24, qualifier = "AtLeast", weaponLabel = "KN-23/KN-24" }, new { kind = "Attacks", value = 12, qualifier = "AtLeast" } },
        });

        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        var claim = await updated.ReadJsonAsync<StatementDto>();
        claim.Aggregate!.Figures.Select(f => f.Text).Should().Equal("at least 24 missiles (KN-23/KN-24)", "at least 12 attacks");
        claim.Aggregate.Regions.Should().BeEmpty();
        claim.Aggregate.PeriodText.Should().Be("30 Dec 2023 – 7 Feb 2024, as of 16 Feb 2024");
        (await _app.WithDbAsync(db => db.ClaimFigures.IgnoreQueryFilters().CountAsync(f => f.StatementId == created.Id))).Should().Be(2);
        claim.Version.Should().BeGreaterThan(created.Version);
        var history = await _app.WithDbAsync(db => db.ChangeLog.Where(e => e.EntityType == "Statement" && e.EntityId == created.Id).ToListAsync());
        history.SelectMany(e => e.Changes).Should().Contain(c => c.Field == "figures[4].value" && c.From == "70" && c.To == null,
            "a removed figure is in the claim's history").And.Contain(c => c.Field == "regions[0].nameAsSaid" && c.From == "Kyiv");
    }

    [Fact]
    public async Task Changing_only_a_figure_makes_a_new_version_and_is_in_the_history()
    {
        var editor = await EditorAsync();
        var report = await UnnReportAsync();
        var created = await (await editor.PostAsJsonAsync("/api/v1/statements", Kostin(report))).ReadJsonAsync<StatementDto>();
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Kostin(report)))!;
        body["figures"]![1]!["value"] = 13;
        body["version"] = created.Version;

        var updated = await editor.PutAsJsonAsync($"/api/v1/statements/{created.Id}", body);

        var claim = await updated.ReadJsonAsync<StatementDto>();
        claim.Version.Should().BeGreaterThan(created.Version);
        claim.Aggregate!.Figures[1].Text.Should().Be("at least 13 attacks");
        var history = await _app.WithDbAsync(db => db.ChangeLog.Where(e => e.EntityType == "Statement" && e.EntityId == created.Id).ToListAsync());
        history.SelectMany(e => e.Changes).Should().ContainSingle(c => c.Field == "figures[1].value" && c.From == "12" && c.To == "13");
    }

    [Fact]
    public async Task Bad_figures_and_regions_are_400s_naming_the_field_and_nothing_is_stored()
    {
        var editor = await EditorAsync();
        var report = await UnnReportAsync();
        var before = await _app.WithDbAsync(db => db.Statements.IgnoreQueryFilters().CountAsync());

        var response = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "Someone", quote = "Several figures, badly entered.", reportIds = new[] { report }, isAggregate = true,
            figures = new object[]
            {
                new { value = 3 },
                new { kind = "Missiles", value = 5, high = 9 },
                new { kind = "Missiles", value = 5, qualifier = "Range" },
                new { kind = "Other", value = 2 },
                new { kind = "Killed" },
                new { kind = "Killed", value = -1 },
            },
            regions = new object[] { new { count = 2 } },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors;
        errors.Keys.Should().Contain(["figures[0].kind", "figures[1].qualifier", "figures[2].high", "figures[3].unit", "figures[4].value", "figures[5].value", "regions[0].nameAsSaid"]);
        (await _app.WithDbAsync(db => db.Statements.IgnoreQueryFilters().CountAsync())).Should().Be(before);
        (await _app.WithDbAsync(db => db.ClaimFigures.IgnoreQueryFilters().CountAsync())).Should().Be(3, "only the three known claims' figures exist");
    }

    [Fact]
    public async Task A_statement_names_its_reports_or_says_why_it_has_none()
    {
        var editor = await EditorAsync();
        var report = await UnnReportAsync();
        static object Body(int[] reportIds, string? noReportReason) => new
        {
            organisation = "Office of the Prosecutor General of Ukraine", quote = KostinQuote, reportIds, noReportReason, isAggregate = true,
            figures = new[] { new { kind = "Missiles", value = 24, qualifier = "AtLeast" } },
        };

        var neither = await editor.PostAsJsonAsync("/api/v1/statements", Body([], null));
        var both = await editor.PostAsJsonAsync("/api/v1/statements", Body([report], "Said at a briefing."));
        var figuresWithoutClaim = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "Someone", quote = "Not an aggregate claim.", reportIds = new[] { report },
            figures = new[] { new { kind = "Missiles", value = 2 } }, strikes = new[] { new { strikeId = 1 } },
        });
        var none = await CreatePublishedAsync(Body([], "Said at a briefing; no article reported it."));

        (await neither.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("reportIds");
        (await both.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("noReportReason");
        (await figuresWithoutClaim.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("isAggregate");
        var read = await _app.CreateClient().GetJsonAsync<StatementDto>($"/api/v1/statements/{none.Id}");
        read.Reports.Should().BeEmpty();
        read.NoReportReason.Should().Be("Said at a briefing; no article reported it.");
        var (_, page) = await _app.CreateClient().GetPageAsync("/claims");
        page.QuerySelector($"[aria-label='Statement {none.Id}']")!.TextContent.Should().Contain("No published report: Said at a briefing; no article reported it.");
    }

    [Fact]
    public async Task The_claims_page_shows_every_figure_with_its_qualifier_words_period_and_regions()
    {
        var claim = await CreatePublishedAsync(Kostin(await UnnReportAsync()));

        var (response, page) = await _app.CreateClient().GetPageAsync("/claims");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var card = page.QuerySelector($"[aria-label='Statement {claim.Id}']")!;
        card.QuerySelectorAll(".claim-figures li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Should().Equal(
            "at least 24 missiles (KN-23/KN-24)", "at least 12 attacks", "7 regions", "at least 14 killed (“at least 14 civilians”)", "more than 70 injured");
        card.QuerySelector(".claim-period")!.TextContent.Should().Be("since 30 Dec 2023");
        card.TextContent.Should().Contain("Regions named: Kyiv ×3, Kharkiv ×2, Dnipro");
        var (_, uk) = await _app.CreateClient().GetPageAsync("/uk/claims");
        uk.QuerySelector($"[aria-label$=' {claim.Id}'] .claim-period")!.TextContent.Should().Be("з 30 груд. 2023", "the period reads in the page's language; the JSON keeps the English");
    }

    [Fact]
    public async Task The_claim_CSVs_have_the_documented_columns_and_one_row_per_claim_and_per_figure()
    {
        var claim = await CreatePublishedAsync(Kostin(await UnnReportAsync()));
        var client = _app.CreateClient();

        var claimsResponse = await client.GetAsync("/api/v1/claims.csv");
        var figuresResponse = await client.GetAsync("/api/v1/claim-figures.csv?q=KN-23");

        claimsResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        claimsResponse.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var (claimHeader, claimRows) = Parse(await claimsResponse.Content.ReadAsStringAsync());
        claimHeader.Should().Equal(ClaimColumns);
        claimRows.Should().HaveCount(4, "the three known claims and Kostin's");
        var kostin = claimRows.Single(r => r["id"] == claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        kostin["statedOn"].Should().Be("2024-02-16");
        kostin["periodStart"].Should().Be("2023-12-30");
        kostin["periodEnd"].Should().BeEmpty("an open period has no end");
        kostin["regions"].Should().Be("Kyiv ×3; Kharkiv ×2; Dnipro");
        kostin["regionOblasts"].Should().Be("KyivCity; Kharkiv; ");
        kostin["reportOutlets"].Should().Be("UNN");
        kostin["quote"].Should().Be(KostinQuote);

        var (figureHeader, figureRows) = Parse(await figuresResponse.Content.ReadAsStringAsync());
        figureHeader.Should().Equal(FigureColumns);
        figureRows.Select(r => (r["kind"], r["value"], r["low"], r["high"], r["qualifier"], r["words"], r["weaponLabel"])).Should().Equal(
            ("Missiles", "24", "24", "", "AtLeast", "", "KN-23/KN-24"),
            ("Attacks", "12", "12", "", "AtLeast", "", ""),
            ("Regions", "7", "7", "7", "Exact", "", ""),
            ("Killed", "14", "14", "", "AtLeast", "at least 14 civilians", ""),
            ("Injured", "70", "71", "", "MoreThan", "", ""));
        figureRows.Should().OnlyContain(r => r["claimId"] == claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "q filters as the claims list does");
    }

    [Fact]
    public async Task Claim_CSV_cells_that_look_like_formulas_are_neutralised_unless_asked_not_to()
    {
        var report = await UnnReportAsync();
        await CreatePublishedAsync(new
        {
            organisation = "=HYPERLINK(\"http://x\")", quote = "A claim with formula-like words.", reportIds = new[] { report }, isAggregate = true,
            figures = new[] { new { kind = "Other", unit = "+cases", words = "@several dozen" } },
        });
        var client = _app.CreateClient();

        var claims = Parse(await client.GetStringAsync("/api/v1/claims.csv?q=formula-like")).Rows.Single();
        var figure = Parse(await client.GetStringAsync("/api/v1/claim-figures.csv?q=formula-like")).Rows.Single();
        var raw = Parse(await client.GetStringAsync("/api/v1/claim-figures.csv?q=formula-like&escapeFormulas=false")).Rows.Single();

        claims["organisation"].Should().Be("'=HYPERLINK(\"http://x\")");
        (figure["unit"], figure["words"], figure["value"]).Should().Be(("'+cases", "'@several dozen", ""));
        (raw["unit"], raw["words"]).Should().Be(("+cases", "@several dozen"));
    }
}
