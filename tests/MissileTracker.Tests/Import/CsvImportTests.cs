using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Import;

namespace MissileTracker.Tests.Import;

public sealed class CsvImportTests : IDisposable
{
    private const string Header = "date,datePrecision,timeOfDay,settlement,district,oblast,latitude,longitude,locationPrecision,originStatus,missileType,injured,summary,reportUrl,reportOutlet,reportTitle,reportPublishedOn,reportLanguage";
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private static StringContent Csv(params string[] rows) => new(string.Join("\r\n", [Header, .. rows]) + "\r\n", Encoding.UTF8, "text/csv");

    private const string Feb7 = "2024-02-07,Day,06:00,Kharkiv,Slobidskyi district,Kharkiv,,,District,ReportedByOfficials,kn-23,3,\"Two of five missiles, police say, were KN-23.\",https://example.org/kharkiv-feb-7,Kyiv Independent,Police: Russia fires 2 North Korean missiles at Kharkiv,2024-02-07,en";
    private const string Night = "2024-03-21,NightOf,,,,KyivCity,,,Oblast,Suspected,iskander-m-or-kn-23,,Night attack on Kyiv; type disputed.,https://example.org/kharkiv-feb-7,Kyiv Independent,Police: Russia fires 2 North Korean missiles at Kharkiv,2024-02-07,en";

    [Fact]
    public async Task Imports_strikes_with_their_reports_and_importing_again_changes_nothing()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var first = await editor.PostAsync("/api/v1/import/strikes.csv", Csv(Feb7, Night));
        var again = await editor.PostAsync("/api/v1/import/strikes.csv", Csv(Feb7, Night));

        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        (await first.ReadJsonAsync<ImportResult>()).Should().Be(new ImportResult(false, 1, 0, 2, 0, RowsChecked: 2, RowsCreated: 2, RowsSkipped: 0));
        (await again.ReadJsonAsync<ImportResult>()).Should().Be(new ImportResult(false, 0, 1, 0, 2, RowsChecked: 2, RowsCreated: 0, RowsSkipped: 2));
        var strike = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Include(s => s.Reports).SingleAsync(s => s.District == "Slobidskyi district"));
        strike.Summary.Should().Be("Two of five missiles, police say, were KN-23.");
        strike.TimeOfDay.Should().Be(new TimeOnly(6, 0));
        strike.Reports.Should().ContainSingle();
    }

    [Fact]
    public async Task Bad_cells_are_reported_by_data_row_and_nothing_is_written()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var badDate = Feb7.Replace("2024-02-07,Day", "2024-02-31,Day", StringComparison.Ordinal);
        var badOblast = Night.Replace("KyivCity", "Atlantis", StringComparison.Ordinal).Replace("https://example.org/kharkiv-feb-7", "javascript:alert(1)", StringComparison.Ordinal);

        var response = await editor.PostAsync("/api/v1/import/strikes.csv?dryRun=true", Csv(Feb7, badDate, badOblast));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors;
        errors.Keys.Should().BeEquivalentTo("rows[2].date", "rows[3].oblast");
        errors["rows[2].date"].Single().Should().StartWith("Row 2:");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3);
    }

    [Fact]
    public async Task Rule_violations_found_by_the_importer_are_mapped_to_rows_too()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var future = Night.Replace("2024-03-21", "2099-03-21", StringComparison.Ordinal).Replace("https://example.org/kharkiv-feb-7", "ftp://example.org/x", StringComparison.Ordinal);

        var response = await editor.PostAsync("/api/v1/import/strikes.csv", Csv(Feb7, future));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Keys.Should().BeEquivalentTo("rows[2].date", "rows[2].report.url");
    }

    [Fact]
    public async Task A_cell_that_is_not_utf8_is_refused_with_its_row_and_column_and_nothing_is_written()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        // Row 2's settlement holds the byte 0xFF (in place of '#'), which no UTF-8 text contains.
        var text = string.Join("\r\n", Header, Feb7, Night.Replace("NightOf,,,", "NightOf,,Kyiv#,", StringComparison.Ordinal)) + "\r\n";
        var body = Encoding.UTF8.GetBytes(text).Select(b => b == (byte)'#' ? (byte)0xFF : b).ToArray();
        var before = await CountsAsync();

        var response = await editor.PostAsync("/api/v1/import/strikes.csv", new ByteArrayContent(body) { Headers = { { "Content-Type", "text/csv" } } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors;
        errors.Keys.Should().Equal("rows[2].settlement");
        errors["rows[2].settlement"].Single().Should().StartWith("Row 2:").And.Contain("UTF-8");
        (await CountsAsync()).Should().Be(before, "row 1 is fine, but the import is all or nothing");
    }

    [Fact]
    public async Task An_unterminated_quoted_field_is_refused_with_its_row_and_column_and_nothing_is_written()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        // The quote opened in row 2's summary is never closed, so it swallows row 3 and the rest of the file.
        var unterminated = Night.Replace("Night attack on Kyiv", "\"Night attack on Kyiv", StringComparison.Ordinal);
        var laterRow = Feb7.Replace("2024-02-07,Day", "2024-02-08,Day", StringComparison.Ordinal);
        var before = await CountsAsync();

        var response = await editor.PostAsync("/api/v1/import/strikes.csv", Csv(Feb7, unterminated, laterRow));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors;
        errors.Keys.Should().Equal("rows[2].summary");
        errors["rows[2].summary"].Single().Should().StartWith("Row 2:").And.Contain("quote");
        (await CountsAsync()).Should().Be(before);
    }

    private Task<(int Strikes, int Reports, int Changes)> CountsAsync() =>
        _app.WithDbAsync(async db => (await db.Strikes.IgnoreQueryFilters().CountAsync(), await db.Reports.IgnoreQueryFilters().CountAsync(), await db.ChangeLog.CountAsync()));

    [Theory]
    [InlineData("")]
    [InlineData("date,summary")]
    [InlineData("date,datePrecision,locationPrecision,originStatus,missileType,summary,color")]
    public async Task A_csv_without_the_right_header_gets_400(string header)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsync("/api/v1/import/strikes.csv", new StringContent(header + "\r\n", Encoding.UTF8, "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_editors_import_and_only_csv_is_read()
    {
        var admin = await _app.ClientWithRolesAsync("admin", Roles.Admin);
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        (await _app.CreateClient().PostAsync("/api/v1/import/strikes.csv", Csv(Feb7))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await admin.PostAsync("/api/v1/import/strikes.csv", Csv(Feb7))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await editor.PostAsync("/api/v1/import/strikes.csv", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode
            .Should().Be(HttpStatusCode.UnsupportedMediaType);
    }
}
