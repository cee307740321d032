using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.Import;

namespace MissileTracker.Tests.Import;

public sealed class ImportApiTests
{
    private static object Batch(int strikes = 3, string url = "https://example.org/report-1") => new
    {
        reports = new[] { new { key = "r1", report = new { url, outlet = "Example News", title = "Strikes on Kharkiv", language = "en", publishedOn = "2024-05-01" } } },
        strikes = Enumerable.Range(1, strikes).Select(i => new
        {
            strike = new
            {
                date = $"2024-04-{i:00}", datePrecision = "Day", locationPrecision = "Settlement", oblast = "Kharkiv", settlement = "Kharkiv",
                originStatus = "Suspected", missileType = "kn-23", summary = $"Imported strike number {i} on Kharkiv.",
            },
            reportKeys = new[] { "r1" },
        }).ToArray(),
    };

    private static async Task<(int Strikes, int Reports)> CountsAsync(TrackerApp app) =>
        await app.WithDbAsync(async db => (await db.Strikes.IgnoreQueryFilters().CountAsync(), await db.Reports.IgnoreQueryFilters().CountAsync()));

    [Fact]
    public async Task Imports_a_batch_as_drafts_and_a_second_import_changes_nothing()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);

        var first = await (await editor.PostAsJsonAsync("/api/v1/import", Batch())).ReadJsonAsync<ImportResult>();
        var afterFirst = await CountsAsync(app);
        var second = await (await editor.PostAsJsonAsync("/api/v1/import", Batch())).ReadJsonAsync<ImportResult>();

        first.Should().Be(new ImportResult(false, 1, 0, 3, 0, RowsChecked: 4, RowsCreated: 4, RowsSkipped: 0));
        second.Should().Be(new ImportResult(false, 0, 1, 0, 3, RowsChecked: 4, RowsCreated: 0, RowsSkipped: 4));
        (await CountsAsync(app)).Should().Be(afterFirst).And.Be((6, 3));
        (await app.WithDbAsync(db => db.Strikes.CountAsync())).Should().Be(3, "imported strikes are drafts until a reviewer publishes them");
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_happen_and_writes_nothing()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);

        var result = await (await editor.PostAsJsonAsync("/api/v1/import?dryRun=true", Batch())).ReadJsonAsync<ImportResult>();

        result.Should().Be(new ImportResult(true, 1, 0, 3, 0, RowsChecked: 4, RowsCreated: 4, RowsSkipped: 0));
        (await CountsAsync(app)).Should().Be((3, 2));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_number_and_nothing_is_written()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        var batch = new
        {
            reports = new[]
            {
                new { key = "r1", report = new { url = "javascript:alert(1)", outlet = "X", title = "Y", language = "en" } },
                new { key = "r1", report = new { url = "https://example.org/ok", outlet = "X", title = "Y", language = "en" } },
            },
            strikes = new[]
            {
                new { strike = new { date = "2024-04-01", datePrecision = "Day", locationPrecision = "NotReported", originStatus = "Suspected", missileType = "kn-23", summary = "A fine strike row here." }, reportKeys = new[] { "r1" } },
                new { strike = new { date = "2031-02-01", datePrecision = "Day", locationPrecision = "NotReported", originStatus = "Suspected", missileType = "scud", summary = "A bad strike row here." }, reportKeys = new[] { "r9" } },
            },
        };

        var response = await editor.PostAsJsonAsync("/api/v1/import", batch);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors;
        errors.Keys.Should().BeEquivalentTo("reports[0].url", "reports[1].key", "strikes[1].date", "strikes[1].missileType", "strikes[1].reportKeys");
        errors["strikes[1].date"].Single().Should().StartWith("Strike row 2:");
        (await CountsAsync(app)).Should().Be((3, 2));
    }

    [Fact]
    public async Task Two_spellings_of_one_url_are_refused_as_the_same_report_not_a_500()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        var report = new { outlet = "Example News", title = "Strikes on Kharkiv", language = "en" };
        var batch = new
        {
            reports = new[]
            {
                new { key = "r1", report = new { url = "https://example.org", report.outlet, report.title, report.language } },
                new { key = "r2", report = new { url = "https://example.org/", report.outlet, report.title, report.language } },
            },
        };

        var response = await editor.PostAsJsonAsync("/api/v1/import", batch);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors;
        errors.Keys.Should().Equal("reports[1].url");
        errors["reports[1].url"].Single().Should().Be("Report row 2: the same URL as report row 1.");
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_the_write_leaves_nothing_half_written()
    {
        using var app = new TrackerApp(knownEvidence: false, configureServices: services =>
        {
            services.ConfigureDbContext<SqliteTrackerDbContext>(options => options.AddInterceptors(new FailOnSecondStrikeInsert()));
            services.ConfigureDbContext<PostgresTrackerDbContext>(options => options.AddInterceptors(new FailOnSecondStrikeInsert()));
        });
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/import", Batch(strikes: 5));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.ReadJsonAsync<ProblemDetails>()).Extensions.Should().ContainKey("correlationId");
        (await CountsAsync(app)).Should().Be((0, 0), "the transaction rolled back every row");
        (await app.WithDbAsync(db => db.ChangeLog.CountAsync(e => e.ChangedBy == "editor@example.org"))).Should().Be(0);
    }

    [Fact]
    public async Task An_import_has_its_own_body_limit_above_the_global_one()
    {
        using var app = new TrackerApp(settings: new Dictionary<string, string?>
        {
            ["Http:MaxRequestBodyBytes"] = "4000",
            ["Http:MaxImportBodyBytes"] = "100000",
        });
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        var batch = JsonSerializer.Serialize(Batch(strikes: 30), JsonSerializerOptions.Web);
        batch.Length.Should().BeInRange(4_001, 100_000, "the batch is over the global limit and under the import limit");
        static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

        var import = await editor.PostAsync("/api/v1/import?dryRun=true", Json(batch));
        var otherWrite = await editor.PostAsync("/api/v1/strikes", Json("{\"summary\":\"" + new string('x', 5_000) + "\"}"));
        var hugeImport = await editor.PostAsync("/api/v1/import/strikes.csv", new StringContent(new string('x', 100_001), Encoding.UTF8, "text/csv"));

        import.StatusCode.Should().Be(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        (await import.ReadJsonAsync<ImportResult>()).StrikesCreated.Should().Be(30);
        otherWrite.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, "the global limit still holds everywhere else");
        hugeImport.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await hugeImport.ReadJsonAsync<ProblemDetails>()).Detail.Should().Be("Bodies over 100,000 bytes are refused.");
    }

    /// <summary>Simulates a crash (disk, power, bug) after some rows are already inserted.</summary>
    private sealed class FailOnSecondStrikeInsert : DbCommandInterceptor
    {
        private int _strikeInserts;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // PostgreSQL batches several inserts into one command, so count statements, not commands.
            var inserts = command.CommandText.Split("INSERT INTO \"Strikes\"").Length - 1;
            if (inserts > 0 && Interlocked.Add(ref _strikeInserts, inserts) >= 2)
            {
                throw new InvalidOperationException("Simulated failure in the middle of an import.");
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
