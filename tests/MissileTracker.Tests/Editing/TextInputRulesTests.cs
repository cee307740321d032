using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Tests.Editing;

/// <summary>
/// Text that cannot be stored safely is refused wherever it enters, naming the field: control
/// characters (all of them in one-line fields, all but tab and line breaks in multi-line ones) and
/// links carrying a user name or password. The API, the JSON and CSV imports and the editor's forms
/// share one rule.
/// </summary>
public sealed class TextInputRulesTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private const string Strike = """
        {"date":"2024-02-07","datePrecision":"Day","locationPrecision":"Settlement","oblast":"Kharkiv","settlement":"Kharkiv",
         "originStatus":"ReportedByOfficials","missileType":"kn-23","summary":"A perfectly ordinary strike summary."}
        """;

    private const string Report = """{"url":"https://example.org/a","outlet":"Reuters","title":"A headline","language":"en"}""";

    private const string Official = """{"name":"Ivan Petrenko","role":"Spokesperson","organisation":"Ministry","country":"Ukraine"}""";

    private const string Statement = """
        {"organisation":"Police","quote":"Two missiles hit the city.","reportIds":[1],"strikes":[{"strikeId":3,"locationAsReported":"the city"}]}
        """;

    /// <summary>A valid body with one field replaced (JSON escapes such as \u0000 keep the character itself out of this file).</summary>
    private static string With(string json, string field, string jsonString) =>
        json.Replace($"\"{field}\":\"", $"\"{field}\":\"{jsonString}", StringComparison.Ordinal);

    private static StringContent Body(string json, string field, string jsonString) => new(With(json, field, jsonString), Encoding.UTF8, "application/json");

    public static TheoryData<string, string, string, string, string> ControlCharacters => new()
    {
        // url, body, field in the body, characters put before its value, the error key
        { "/api/v1/strikes", Strike, "summary", "\\u0000", "summary" },
        { "/api/v1/strikes", Strike, "summary", "\\u000B", "summary" },
        { "/api/v1/strikes", Strike, "settlement", "\\n", "settlement" },
        { "/api/v1/strikes", Strike, "settlement", "\\t", "settlement" },
        { "/api/v1/strikes", Strike, "missileType", "\\u001F", "missileType" },
        { "/api/v1/reports", Report, "title", "\\r", "title" },
        { "/api/v1/reports", Report, "outlet", "\\u0007", "outlet" },
        { "/api/v1/officials", Official, "name", "\\u0000", "name" },
        { "/api/v1/statements", Statement, "quote", "\\u0008", "quote" },
        { "/api/v1/statements", Statement, "locationAsReported", "\\u0001", "strikes[0].locationAsReported" },
    };

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public async Task A_control_character_in_any_text_field_gets_400_naming_the_field(string url, string body, string field, string prefix, string key)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync(url, Body(body, field, prefix));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors;
        errors.Should().ContainKey(key).WhoseValue.Should().Contain(message => message.Contains("control character U+"));
    }

    [Fact]
    public async Task Multi_line_fields_keep_tabs_and_line_breaks()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var body = Strike.Replace("\"summary\":\"", "\"dateNote\":\"the 6th,\\r\\nper the briefing\",\"summary\":\"Line one\\n\\tline two: ", StringComparison.Ordinal);

        var response = await editor.PostAsync("/api/v1/strikes", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Select(s => s.Summary).ToListAsync()))
            .Should().Contain("Line one\n\tline two: A perfectly ordinary strike summary.");
    }

    [Fact]
    public async Task The_json_import_names_the_row_and_field_of_a_control_character()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var batch = $$"""{"reports":[{"key":"r1","report":{{With(Report, "title", "\\u000B")}}}],"strikes":[{"strike":{{With(Strike, "summary", "\\u0000")}},"reportKeys":["r1"]}]}""";

        var response = await editor.PostAsync("/api/v1/import", new StringContent(batch, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().BeEquivalentTo("reports[0].title", "strikes[0].summary");
    }

    [Fact]
    public async Task The_csv_import_names_the_row_and_column_of_a_control_character_or_a_link_with_credentials()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        const string header = "date,datePrecision,settlement,oblast,locationPrecision,originStatus,missileType,summary,reportUrl,reportOutlet,reportTitle";
        var csv = string.Join("\r\n",
            header,
            "2024-02-07,Day,Kharkiv,Kharkiv,Settlement,ReportedByOfficials,kn-23,An ordinary summary.,https://example.org/ok,Reuters,Fine",
            "2024-02-08,Day,Kharkiv,Kharkiv,Settlement,ReportedByOfficials,kn-23,\"Nul \u0000 inside\",,,",
            "2024-02-09,Day,Kharkiv,Kharkiv,Settlement,ReportedByOfficials,kn-23,An ordinary summary.,https://user:secret@example.org/b,Reuters,Title") + "\r\n";

        var response = await editor.PostAsync("/api/v1/import/strikes.csv", new StringContent(csv, Encoding.UTF8, "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().BeEquivalentTo("rows[2].summary", "rows[3].report.url");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3, "nothing of the batch is written");
    }

    [Fact]
    public async Task The_strike_form_shows_a_control_character_as_an_error_on_its_field()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var fields = new Dictionary<string, string>
        {
            ["Input.Date"] = "2024-02-07", ["Input.DatePrecision"] = "Day", ["Input.LocationPrecision"] = "Settlement", ["Input.Oblast"] = "Kharkiv",
            ["Input.Settlement"] = "Khar\u0007kiv", ["Input.MissileType"] = "kn-23", ["Input.OriginStatus"] = "ReportedByOfficials",
            ["Input.Summary"] = "An ordinary summary\r\nover two lines.",
        };

        var response = await editor.PostFormAsync("/editor/strikes", fields);
        var page = await response.ParseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-valmsg-for='Input.Settlement']")!.TextContent.Should().Contain("control character U+0007");
        page.QuerySelector("[data-valmsg-for='Input.Summary']")!.TextContent.Should().BeEmpty("a multi-line field keeps its line break");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3);
    }

    [Theory]
    [InlineData("q", "%00")]
    [InlineData("settlement", "Khar%0Bkiv")]
    [InlineData("outlet", "Reuters%1F")]
    public async Task A_control_character_in_a_text_filter_gets_400_naming_the_parameter(string parameter, string value)
    {
        var response = await _app.CreateClient().GetAsync($"/api/v1/strikes?{parameter}={value}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey(parameter);
    }

    [Theory]
    [InlineData("https://user:secret@example.org/a")]
    [InlineData("https://user@example.org/a")]
    [InlineData("http://:secret@example.org/a")]
    public async Task A_report_link_with_a_user_name_or_password_gets_400_naming_the_url(string url)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync("/api/v1/reports", Body(Report.Replace("https://example.org/a", "", StringComparison.Ordinal), "url", url));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("url").WhoseValue.Should().Contain(message => message.Contains("password"));
    }

    [Fact]
    public async Task The_report_form_shows_a_link_with_credentials_as_an_error_on_the_url()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var response = await editor.PostFormAsync("/editor/reports/new", new()
        {
            ["Input.Url"] = "https://editor:hunter2@example.org/story", ["Input.Outlet"] = "Reuters", ["Input.Title"] = "A headline", ["Input.Language"] = "en",
        });
        var page = await response.ParseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-valmsg-for='Input.Url']")!.TextContent.Should().Contain("password");
        (await _app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().CountAsync(r => r.Outlet == "Reuters" && r.Title == "A headline"))).Should().Be(0);
    }

    [Fact]
    public async Task A_reviewers_reason_with_a_control_character_changes_nothing()
    {
        var strike = await _app.GetKnownKharkivAsync();
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);

        var response = await reviewer.PostFormAsync($"/editor/review/Strike/{strike.Id}/Unpublish", new() { ["reason"] = "Retracted\u000B" }, formUrl: "/account/tokens");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().SingleAsync(s => s.Id == strike.Id))).Status.Should().Be(PublicationStatus.Published);
        (await _app.WithDbAsync(db => db.ChangeLog.CountAsync(e => e.Reason == "Retracted\u000B"))).Should().Be(0);
    }
}
